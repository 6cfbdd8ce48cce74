package org.inclusio.tenant;

import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * How many people can work in an organisation right now, so that the platform administrator sees what suspending it
 * means. Only the number leaves the feature that keeps the memberships (identity implements this); the platform
 * administrator sees no member data.
 */
public interface ActiveMembers {

    /** Active memberships of the organisation. */
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    long count(TenantId organisation);
}
