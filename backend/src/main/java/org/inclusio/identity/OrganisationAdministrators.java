package org.inclusio.identity;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.inclusio.tenant.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * How a new organisation gets its first administrator: the platform administrator invites one, who becomes an
 * organisation administrator by accepting and then manages everyone else. A platform administrator can never be
 * appointed, so the platform administrator still sees none of the organisation's data. Every appointment is in the
 * platform's audit log.
 */
public interface OrganisationAdministrators {

    /**
     * Invites the person as an organisation administrator, whatever roles the command names.
     *
     * @throws org.inclusio.shared.InvalidInputException when the invitee is a platform administrator
     */
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    CreatedInvitation appoint(TenantId organisation, @Valid InviteMember administrator);
}
