package org.inclusio.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.shared.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "members")
class MemberController {

    record RoleChange(@NotEmpty Set<@NotNull Role> roles) {
    }

    record StatusChange(@NotNull MemberStatus status) {
    }

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/api/v1/members")
    List<Member> list() {
        return members.list();
    }

    @GetMapping("/api/v1/members/{id}")
    Member get(@PathVariable UUID id) {
        return members.get(new MembershipId(id));
    }

    @PutMapping("/api/v1/members/{id}/roles")
    Member changeRoles(@PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        return members.changeRoles(new MembershipId(id), change.roles());
    }

    @PutMapping("/api/v1/members/{id}/status")
    Member changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
        var membership = new MembershipId(id);
        return change.status() == MemberStatus.ACTIVE ? members.reactivate(membership) : members.deactivate(membership);
    }
}
