package org.inclusio.identity;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * The invitations of the current organisation; organisation administrators only. A person becomes a member only by
 * accepting ({@link ReceivedInvitations}, or the link of a new person).
 */
@PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
public interface InvitationService {

    /** Newest first. */
    List<Invitation> list();

    Invitation get(InvitationId id);

    /**
     * Sends the link by e-mail when SMTP is configured, otherwise returns it once. The answer is the same whether or
     * not the address or username belongs to an existing account.
     */
    CreatedInvitation invite(@Valid InviteMember command);

    /** @throws org.inclusio.shared.InvalidInputException when it is no longer pending */
    Invitation withdraw(InvitationId id);
}
