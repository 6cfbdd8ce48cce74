package org.inclusio.identity;

import org.inclusio.shared.security.Actor;
import org.inclusio.tenant.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;


/** The caller's own identity, and the organisations a person may switch between. */
@PreAuthorize("isAuthenticated()")
public interface ProfileService {

    Me me();

    /** The actor a person becomes in another organisation, and how they look there. */
    record Switched(Actor actor, Me me) {
    }

    /**
     * The actor the current person becomes in another organisation, which also becomes their default.
     *
     * @throws org.inclusio.shared.NotFoundException when they have no active membership there or it is suspended
     */
    Switched switchTo(TenantId organisation);

    /**
     * Replaces the person's own password, after checking the current one.
     *
     * @throws org.inclusio.shared.InvalidInputException on a wrong current password or a new one that is too weak
     */
    void changePassword(String currentPassword, String newPassword);
}
