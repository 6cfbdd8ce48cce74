package org.inclusio.tenant;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Managing organisations. Platform administrators create and suspend them; members read their own. */
public interface OrganisationService {

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    Organisation create(@Valid CreateOrganisation command);

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    List<Organisation> list();

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    Organisation get(TenantId id);

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    Organisation changeStatus(TenantId id, OrganisationStatus status);

    /** Changes the settings of the organisation the caller administers. */
    @PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
    Organisation changeSettings(@Valid OrganisationSettings settings);

    /** The organisation the caller is acting in. */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    Organisation current();
}
