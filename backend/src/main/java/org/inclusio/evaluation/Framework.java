package org.inclusio.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A stored framework version.
 *
 * @param shipped  shipped with Inclusio (read by every organisation) rather than the organisation's own
 * @param basedOn  the framework version this one was copied from, if any
 */
public record Framework(FrameworkId id, boolean shipped, @Nullable FrameworkId basedOn,
                        FrameworkDefinition definition) {
}
