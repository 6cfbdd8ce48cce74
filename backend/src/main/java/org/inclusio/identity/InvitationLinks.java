package org.inclusio.identity;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What anyone holding an invitation link may do without being signed in: see which organisation invites them, and
 * create their own account, which accepts the invitation. The link is the credential; it is single use and expires.
 * It never touches an existing account: people who have one sign in and accept there.
 */
public interface InvitationLinks {

    /** Which organisation invites, as long as the link can still be used; empty otherwise, whatever the reason. */
    Optional<LinkedInvitation> open(String token);

    /**
     * Creates the account with the inviting organisation as its default, the membership, and accepts the
     * invitation, in one transaction.
     *
     * @throws org.inclusio.shared.InvalidInputException on a taken username or an unsuitable password
     * @throws org.inclusio.shared.NotFoundException when the link can no longer be used
     */
    void createAccount(String token, @Valid NewAccount account);

    /** @param displayName what the administrator called the person, as a suggestion */
    record LinkedInvitation(String organisationName, Set<Role> roles, @Nullable String displayName,
                            Instant expiresAt) {
    }
}
