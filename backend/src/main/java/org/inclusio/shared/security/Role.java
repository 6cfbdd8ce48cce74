package org.inclusio.shared.security;

/**
 * What a person may do in one organisation (DESIGN.md §2). A person can hold several roles in each of several
 * organisations. Platform administration is not an organisation role: see {@link Roles#PLATFORM_ADMIN}.
 */
public enum Role {
    ORG_ADMIN,
    MANAGER,
    CASEWORKER,
    INTERCULTURAL_WORKER,
    PROTECTION_FOCAL_POINT;

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
