package org.inclusio.assessment.ui;

import org.inclusio.assessment.AssessmentRoles;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

import java.util.Arrays;

/**
 * What the signed-in member may do with assessments, to offer only what works. The services decide
 * ({@link AssessmentRoles}); this only mirrors them for the screen.
 */
final class AssessmentAccess {

    private AssessmentAccess() {
    }

    static boolean mayRead() {
        return hasAny(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.MANAGER, Role.PROTECTION_FOCAL_POINT);
    }

    static boolean mayAssess() {
        return hasAny(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.MANAGER);
    }

    static boolean mayAssessCommunity() {
        return hasAny(Role.CASEWORKER, Role.MANAGER);
    }

    static boolean seesSensitiveDomains() {
        return hasAny(AssessmentRoles.SEE_SENSITIVE_DOMAINS.toArray(Role[]::new));
    }

    private static boolean hasAny(Role... roles) {
        return CurrentActor.get().map(actor -> Arrays.stream(roles).anyMatch(actor::hasRole)).orElse(false);
    }
}
