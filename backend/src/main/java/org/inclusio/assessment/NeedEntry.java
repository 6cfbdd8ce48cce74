package org.inclusio.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The need found in one domain; a level NONE is always stored as met. */
public record NeedEntry(@NotNull NeedDomainId domain, @NotNull NeedLevel level,
                        @Nullable @Size(max = 2000) String description, @NotNull NeedStatus status) {

    public NeedEntry {
        status = level == NeedLevel.NONE ? NeedStatus.MET : status;
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
