package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * An invitation as the inviting organisation sees it: only what the administrator typed, never anything about an
 * account the address or username may belong to.
 *
 * @param member the membership it led to, once accepted
 */
public record Invitation(InvitationId id, @Nullable String email, @Nullable String username,
                         @Nullable String displayName, Set<Role> roles, InvitationStatus status,
                         InvitationDelivery delivery, Instant createdAt, Instant expiresAt,
                         @Nullable MembershipId member) {

    /** What the administrator typed to address the person. */
    public String invitee() {
        return email != null ? email : String.valueOf(username);
    }
}
