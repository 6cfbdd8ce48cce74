package org.inclusio.practice.ui;

import org.inclusio.practice.PracticeRoles;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

/**
 * What the signed-in member may do with practices, to offer only what works. The services decide
 * ({@link PracticeRoles}); this only mirrors them for the screen.
 */
final class PracticeAccess {

    private PracticeAccess() {
    }

    static boolean mayManage() {
        return CurrentActor.get().map(actor -> actor.hasRole(Role.MANAGER)).orElse(false);
    }
}
