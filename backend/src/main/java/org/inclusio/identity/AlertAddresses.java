package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Where to reach the members of the current organisation who hold a role, for alerts that must leave Inclusio by
 * e-mail (a sensitive feedback report for the protection focal points). Only the addresses leave identity, only for
 * Inclusio's own work (no person or client may ask), and only of active members of active accounts.
 */
public interface AlertAddresses {

    /** @throws org.springframework.security.access.AccessDeniedException for anyone but Inclusio itself */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    List<String> activeWithRole(Role role);
}
