package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantId;

import java.util.Set;

/**
 * What happened to an invitation; the audit log records each of these, appointments of a first administrator by
 * the platform administrator in the platform's log too.
 */
public sealed interface InvitationEvents {

    TenantId organisation();

    InvitationId invitation();

    /** Whether the platform administrator appointed an organisation administrator with it. */
    boolean platformAppointment();

    record InvitationCreated(TenantId organisation, InvitationId invitation, Set<Role> roles,
                             InvitationDelivery delivery, boolean platformAppointment) implements InvitationEvents {
    }

    /** @param username who accepted, who is also the one acting */
    record InvitationAccepted(TenantId organisation, InvitationId invitation, UserAccountId user, String username,
                              MembershipId membership, boolean platformAppointment) implements InvitationEvents {
    }

    record InvitationDeclined(TenantId organisation, InvitationId invitation, UserAccountId user, String username,
                              boolean platformAppointment) implements InvitationEvents {
    }

    record InvitationWithdrawn(TenantId organisation, InvitationId invitation, boolean platformAppointment)
            implements InvitationEvents {
    }
}
