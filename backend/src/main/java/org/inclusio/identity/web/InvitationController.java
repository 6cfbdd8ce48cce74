package org.inclusio.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.Invitation;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.InvitationService;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.OrganisationAdministrators;
import org.inclusio.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "invitations")
class InvitationController {

    private final InvitationService invitations;
    private final OrganisationAdministrators administrators;

    InvitationController(InvitationService invitations, OrganisationAdministrators administrators) {
        this.invitations = invitations;
        this.administrators = administrators;
    }

    @GetMapping("/api/v1/invitations")
    List<Invitation> list() {
        return invitations.list();
    }

    @GetMapping("/api/v1/invitations/{id}")
    Invitation get(@PathVariable UUID id) {
        return invitations.get(new InvitationId(id));
    }

    /** The link is in this response only when it is not e-mailed, and nowhere else, ever. */
    @PostMapping("/api/v1/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedInvitation invite(@Valid @RequestBody InviteMember command) {
        return invitations.invite(command);
    }

    @PostMapping("/api/v1/invitations/{id}/withdrawal")
    Invitation withdraw(@PathVariable UUID id) {
        return invitations.withdraw(new InvitationId(id));
    }

    /** The platform administrator invites the first administrator of an organisation. */
    @PostMapping("/api/v1/platform/organisations/{organisationId}/administrators")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "platform")
    CreatedInvitation appointAdministrator(@PathVariable UUID organisationId,
                                           @Valid @RequestBody InviteMember command) {
        return administrators.appoint(new TenantId(organisationId), command);
    }
}
