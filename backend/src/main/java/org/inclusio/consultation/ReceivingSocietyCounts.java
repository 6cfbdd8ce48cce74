package org.inclusio.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** Participants from the receiving society at a group consultation; a count left out is 0. */
public record ReceivingSocietyCounts(@PositiveOrZero @Max(100_000) Integer localResidents,
                                     @PositiveOrZero @Max(100_000) Integer civilServants,
                                     @PositiveOrZero @Max(100_000) Integer volunteers) {

    @SuppressWarnings("ConstantValue")
    public ReceivingSocietyCounts {
        localResidents = localResidents == null ? 0 : localResidents;
        civilServants = civilServants == null ? 0 : civilServants;
        volunteers = volunteers == null ? 0 : volunteers;
    }

    public static final ReceivingSocietyCounts NONE = new ReceivingSocietyCounts(0, 0, 0);

    public int total() {
        return localResidents + civilServants + volunteers;
    }
}
