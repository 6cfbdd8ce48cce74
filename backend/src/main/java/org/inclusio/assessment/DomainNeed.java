package org.inclusio.assessment;

import org.jspecify.annotations.Nullable;

/** The need an assessment found in one domain, with the domain's code for display. */
public record DomainNeed(NeedDomainId domain, String code, boolean sensitive, NeedLevel level, NeedStatus status,
                         @Nullable String description) {
}
