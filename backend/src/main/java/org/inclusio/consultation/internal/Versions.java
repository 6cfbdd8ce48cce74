package org.inclusio.consultation.internal;

import org.springframework.dao.OptimisticLockingFailureException;

final class Versions {

    private Versions() {
    }

    /** Refuses a change that started from another version than the stored one. */
    static void require(long expected, long stored) {
        if (expected != stored) {
            throw new OptimisticLockingFailureException("The resource has changed since it was read");
        }
    }
}
