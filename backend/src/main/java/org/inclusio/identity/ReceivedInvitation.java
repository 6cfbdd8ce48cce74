package org.inclusio.identity;

import org.inclusio.shared.security.Role;

import java.time.Instant;
import java.util.Set;

/** A pending invitation as the invited person sees it. */
public record ReceivedInvitation(InvitationId id, Me.OrganisationRef organisation, Set<Role> roles,
                                 Instant expiresAt) {
}
