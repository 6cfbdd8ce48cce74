package org.inclusio.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.inclusio.identity.CreateMember;
import org.inclusio.identity.CreatedMember;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.identity.OrganisationAdministrators;
import org.inclusio.tenant.TenantId;
import org.inclusio.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    private final OrganisationAdministrators administrators;

    MemberController(MemberService members, OrganisationAdministrators administrators) {
        this.members = members;
        this.administrators = administrators;
    }

    /** The platform administrator appoints the first administrator of an organisation. */
    @PostMapping("/api/v1/platform/organisations/{organisationId}/administrators")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "platform")
    CreatedMember appointAdministrator(@PathVariable UUID organisationId, @Valid @RequestBody CreateMember command) {
        return administrators.appoint(new TenantId(organisationId), command);
    }

    @GetMapping("/api/v1/members")
    List<Member> list() {
        return members.list();
    }

    @GetMapping("/api/v1/members/{id}")
    Member get(@PathVariable UUID id) {
        return members.get(new MembershipId(id));
    }

    @PostMapping("/api/v1/members")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedMember create(@Valid @RequestBody CreateMember command) {
        return members.create(command);
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
