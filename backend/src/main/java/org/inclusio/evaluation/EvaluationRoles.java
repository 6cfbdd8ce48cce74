package org.inclusio.evaluation;

import org.inclusio.shared.security.Roles;

/** Who may do what with frameworks and evaluations; the services' {@code @PreAuthorize} expressions. */
public final class EvaluationRoles {

    /** Read frameworks: managers evaluate with them, organisation admins adapt them. */
    public static final String READ_FRAMEWORKS = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "')";

    /** Create the organisation's own frameworks and copies of shipped ones: organisation admins. */
    public static final String DEFINE_FRAMEWORKS = "hasRole('" + Roles.ORG_ADMIN + "')";

    /** Run evaluations of practices: managers (and machine clients with the manager scope). */
    public static final String EVALUATE = "hasRole('" + Roles.MANAGER + "')";

    private EvaluationRoles() {
    }
}
