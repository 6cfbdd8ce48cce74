package org.inclusio.identity;

public final class Members {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private Members() {
    }
}
