package org.inclusio.identity;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Optional;

/**
 * A signed-in person's invitations: those addressed to their username or e-mail address, or whose link they hold.
 * Accepting makes them a member with the invitation's roles and shares their username, name and e-mail address with
 * that organisation.
 */
@PreAuthorize("isAuthenticated()")
public interface ReceivedInvitations {

    /** Pending, not expired, addressed to the caller. */
    List<ReceivedInvitation> list();

    /** @throws org.inclusio.shared.NotFoundException when it is not the caller's or no longer pending */
    void accept(InvitationId id);

    /** @throws org.inclusio.shared.NotFoundException when it is not the caller's or no longer pending */
    void decline(InvitationId id);

    /** The pending invitation of a link, for the signed-in person who opened it. */
    Optional<ReceivedInvitation> findByLink(String token);

    /** @throws org.inclusio.shared.NotFoundException when the link is unknown, used, withdrawn or expired */
    void acceptLink(String token);

    /** @throws org.inclusio.shared.NotFoundException when the link is unknown, used, withdrawn or expired */
    void declineLink(String token);
}
