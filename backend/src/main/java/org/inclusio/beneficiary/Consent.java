package org.inclusio.beneficiary;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One purpose's consent: when it was given (last) and when it was withdrawn, if it was. Giving it again after a
 * withdrawal starts over with a new date.
 */
public record Consent(ConsentPurpose purpose, @Nullable LocalDate givenOn, @Nullable LocalDate withdrawnOn) {

    public boolean inForce() {
        return givenOn != null && withdrawnOn == null;
    }
}
