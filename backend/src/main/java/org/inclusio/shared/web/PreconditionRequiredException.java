package org.inclusio.shared.web;

/** An update came without {@code If-Match}; the API answers 428 Precondition Required. */
public class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException() {
        super("If-Match is required");
    }
}
