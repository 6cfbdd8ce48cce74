package org.inclusio.identity;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.inclusio.tenant.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * How a new organisation gets its first administrator: the platform administrator appoints one (a new or existing
 * account), who then manages everyone else. The platform administrator still sees none of the organisation's data.
 */
public interface OrganisationAdministrators {

    /** Adds the person as an organisation administrator, whatever roles the command names. */
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    CreatedMember appoint(TenantId organisation, @Valid CreateMember administrator);
}
