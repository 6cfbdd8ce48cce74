package org.inclusio.shared;

/**
 * The caller changed a resource starting from a version that is no longer the stored one (someone else changed it in
 * between). The API answers 412 Precondition Failed; the caller reloads and tries again.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("The resource has changed since it was read");
    }

    /** Throws unless the version the caller started from ({@code If-Match}) is the stored one. */
    public static void requireVersion(long expected, long stored) {
        if (expected != stored) {
            throw new StaleVersionException();
        }
    }
}
