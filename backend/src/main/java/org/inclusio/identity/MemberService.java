package org.inclusio.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Set;

/** The members of the current organisation and their roles; organisation administrators only. */
@PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
public interface MemberService {

    List<Member> list();

    Member get(MembershipId id);

    CreatedMember create(@Valid CreateMember command);

    Member changeRoles(MembershipId id, @NotEmpty Set<Role> roles);

    Member deactivate(MembershipId id);

    Member reactivate(MembershipId id);
}
