package org.inclusio.practice;

import org.inclusio.shared.security.Roles;

/** Who may do what with practices; the services' {@code @PreAuthorize} expressions are built from these. */
public final class PracticeRoles {

    /** Read practices and their results framework: staff choose the practice of what they record. */
    public static final String READ = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER + "', '"
            + Roles.MANAGER + "', '" + Roles.PROTECTION_FOCAL_POINT + "', '" + Roles.ORG_ADMIN + "')";

    /** Set up practices, their results framework and measurements. */
    public static final String MANAGE = "hasRole('" + Roles.MANAGER + "')";

    private PracticeRoles() {
    }
}
