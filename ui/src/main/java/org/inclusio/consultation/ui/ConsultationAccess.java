package org.inclusio.consultation.ui;

import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

import java.util.Arrays;

/**
 * What the signed-in member may do with consultations, follow-ups and referrals, to offer only what works. The
 * services decide ({@code ConsultationService.READ}, …); this only mirrors them for the screen.
 */
final class ConsultationAccess {

    private ConsultationAccess() {
    }

    static boolean mayRead() {
        return hasAny(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.MANAGER, Role.PROTECTION_FOCAL_POINT);
    }

    static boolean mayLog() {
        return hasAny(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.MANAGER);
    }

    static boolean mayReadReferrals() {
        return hasAny(Role.CASEWORKER, Role.MANAGER, Role.PROTECTION_FOCAL_POINT);
    }

    static boolean mayRefer() {
        return hasAny(Role.CASEWORKER, Role.MANAGER);
    }

    private static boolean hasAny(Role... roles) {
        return CurrentActor.get().map(actor -> Arrays.stream(roles).anyMatch(actor::hasRole)).orElse(false);
    }
}
