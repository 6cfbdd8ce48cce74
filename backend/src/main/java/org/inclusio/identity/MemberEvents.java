package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantId;

import java.util.Set;

/** What happened to a membership; the audit log records each of these. */
public sealed interface MemberEvents {

    TenantId organisation();

    MembershipId membership();

    String username();

    record MemberAdded(TenantId organisation, MembershipId membership, String username, Set<Role> roles)
            implements MemberEvents {
    }

    record MemberRolesChanged(TenantId organisation, MembershipId membership, String username,
                              Set<Role> before, Set<Role> after) implements MemberEvents {
    }

    record MemberDeactivated(TenantId organisation, MembershipId membership, String username)
            implements MemberEvents {
    }

    record MemberReactivated(TenantId organisation, MembershipId membership, String username)
            implements MemberEvents {
    }
}
