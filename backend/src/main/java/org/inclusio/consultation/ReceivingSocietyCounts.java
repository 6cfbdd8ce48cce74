package org.inclusio.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** Participants from the receiving society at a group consultation. */
public record ReceivingSocietyCounts(@PositiveOrZero @Max(100_000) int localResidents,
                                     @PositiveOrZero @Max(100_000) int civilServants,
                                     @PositiveOrZero @Max(100_000) int volunteers) {

    public static final ReceivingSocietyCounts NONE = new ReceivingSocietyCounts(0, 0, 0);

    public int total() {
        return localResidents + civilServants + volunteers;
    }
}
