package org.inclusio.feedback.ui;

import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

import java.util.Arrays;

/**
 * What the signed-in member may do with feedback, to offer only what works. The services decide
 * ({@code FeedbackService.TRIAGE}, {@code FeedbackChannelService.MANAGE}, …); this only mirrors them for the screen.
 */
final class FeedbackAccess {

    private FeedbackAccess() {
    }

    static boolean mayManage() {
        return hasAny(Role.MANAGER, Role.ORG_ADMIN);
    }

    static boolean mayTriage() {
        return hasAny(Role.MANAGER, Role.CASEWORKER, Role.PROTECTION_FOCAL_POINT);
    }

    static boolean isFocalPoint() {
        return hasAny(Role.PROTECTION_FOCAL_POINT);
    }

    private static boolean hasAny(Role... roles) {
        return CurrentActor.get().map(actor -> Arrays.stream(roles).anyMatch(actor::hasRole)).orElse(false);
    }
}
