package org.inclusio.tenant;

/** Formats shared by the organisation commands. */
public final class Organisations {

    public static final String SLUG_PATTERN = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    public static final String LANGUAGE_PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    public static final int DEFAULT_SMALL_CELL_THRESHOLD = 5;
    public static final int DEFAULT_RETENTION_MONTHS = 60;

    private Organisations() {
    }
}
