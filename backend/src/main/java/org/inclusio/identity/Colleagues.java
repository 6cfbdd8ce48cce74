package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people one works with in the current organisation, as other features show them (who a case file is assigned
 * to, who changed it): names and roles, no contact data. Any member may look them up.
 */
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public interface Colleagues {

    /** Active members holding at least one of {@code roles}, by display name. */
    List<Colleague> activeWithAnyRole(Set<Role> roles);

    /** Display names of the accounts that are (or were) members of the current organisation; others are left out. */
    Map<UserAccountId, String> displayNames(Collection<UserAccountId> accounts);

    record Colleague(UserAccountId id, String username, String displayName, Set<Role> roles) {
    }
}
