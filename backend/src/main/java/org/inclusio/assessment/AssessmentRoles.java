package org.inclusio.assessment;

import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;

import java.util.Set;

/** Who may do what with assessments; the services' {@code @PreAuthorize} expressions are built from these. */
public final class AssessmentRoles {

    /** Read individual and participatory assessments. */
    public static final String READ = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER + "', '"
            + Roles.MANAGER + "', '" + Roles.PROTECTION_FOCAL_POINT + "')";

    /** Record and correct individual assessments (intercultural workers without the sensitive domains). */
    public static final String ASSESS = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER
            + "', '" + Roles.MANAGER + "')";

    /** Record and correct participatory assessments. */
    public static final String ASSESS_COMMUNITY = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "')";

    /** The needs overview and the evidence figures. */
    public static final String STATISTICS = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "')";

    /** The roles that see and record the sensitive domains: those that see a case file's special-category data. */
    public static final Set<Role> SEE_SENSITIVE_DOMAINS = Set.of(Role.CASEWORKER, Role.MANAGER,
            Role.PROTECTION_FOCAL_POINT);

    private AssessmentRoles() {
    }
}
