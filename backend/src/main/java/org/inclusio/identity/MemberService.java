package org.inclusio.identity;

import jakarta.validation.constraints.NotEmpty;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Set;

/**
 * The members of the current organisation and their roles; organisation administrators only. People join by
 * accepting an invitation ({@link InvitationService}).
 */
@PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
public interface MemberService {

    List<Member> list();

    Member get(MembershipId id);

    Member changeRoles(MembershipId id, @NotEmpty Set<Role> roles);

    Member deactivate(MembershipId id);

    Member reactivate(MembershipId id);
}
