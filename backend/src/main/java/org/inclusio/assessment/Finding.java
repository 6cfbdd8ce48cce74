package org.inclusio.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a participatory assessment: a need by domain with its priority, a gap in existing services, a
 * barrier or a recommendation, and the action taken on it once there is one. In answers {@code domainCode} is the
 * code of {@code domain}; in commands it is ignored.
 */
public record Finding(@NotNull FindingKind kind, @Nullable NeedDomainId domain, @Nullable String domainCode,
                      @NotNull Priority priority, @NotBlank @Size(max = 2000) String text,
                      @Nullable @Valid ActionTaken action) {
}
