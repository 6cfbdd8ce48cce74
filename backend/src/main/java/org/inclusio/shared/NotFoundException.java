package org.inclusio.shared;

/**
 * The record does not exist, or exists in another organisation: callers cannot tell the two apart, which is the
 * point (a 404, never a 403, for another tenant's ids).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
