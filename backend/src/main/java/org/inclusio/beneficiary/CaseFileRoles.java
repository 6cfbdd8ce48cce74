package org.inclusio.beneficiary;

import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;

import java.util.Set;

/** Who may do what with case files; the service's {@code @PreAuthorize} expressions are built from these. */
public final class CaseFileRoles {

    /** Read case files; organisation admins read them for data-subject requests, without special-category data. */
    public static final String READ = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "', '"
            + Roles.PROTECTION_FOCAL_POINT + "', '" + Roles.INTERCULTURAL_WORKER + "', '" + Roles.ORG_ADMIN + "')";

    /** Open, edit, close and reopen case files and record consent. */
    public static final String WRITE = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "')";

    /** Who opened a case file. */
    public static final String SEE_READERS = "hasRole('" + Roles.ORG_ADMIN + "')";

    /** The roles that see special-category data. */
    public static final Set<Role> SEE_SPECIAL_CATEGORY =
            Set.of(Role.CASEWORKER, Role.MANAGER, Role.PROTECTION_FOCAL_POINT);

    /** The roles a case file may be assigned to. */
    public static final Set<Role> ASSIGNABLE = Set.of(Role.CASEWORKER, Role.MANAGER);

    private CaseFileRoles() {
    }
}
