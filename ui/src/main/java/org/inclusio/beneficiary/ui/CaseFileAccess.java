package org.inclusio.beneficiary.ui;

import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

/**
 * What the signed-in member may do with case files, to offer only the buttons that work. The service decides
 * ({@code CaseFileRoles}); this only mirrors it for the screen.
 */
final class CaseFileAccess {

    private CaseFileAccess() {
    }

    /** Open, edit, close and reopen case files and record consent: caseworkers and managers. */
    static boolean mayWrite() {
        return CurrentActor.get().map(actor -> actor.hasRole(Role.CASEWORKER) || actor.hasRole(Role.MANAGER))
                .orElse(false);
    }

    /** Who opened a case file: organisation admins. */
    static boolean maySeeReaders() {
        return CurrentActor.get().map(actor -> actor.hasRole(Role.ORG_ADMIN)).orElse(false);
    }
}
