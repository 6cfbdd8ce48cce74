package org.inclusio.shared.security;

/** Role names as compile-time constants for {@code @PreAuthorize} and {@code @RolesAllowed}. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String INTERCULTURAL_WORKER = "INTERCULTURAL_WORKER";
    public static final String PROTECTION_FOCAL_POINT = "PROTECTION_FOCAL_POINT";

    /** Any member of the current organisation, whatever their roles. */
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
