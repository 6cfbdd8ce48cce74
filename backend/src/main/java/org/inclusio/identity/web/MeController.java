package org.inclusio.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.identity.ReceivedInvitation;
import org.inclusio.identity.ReceivedInvitations;
import org.inclusio.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "me")
class MeController {

    record DefaultOrganisation(@NotNull UUID organisationId) {
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    private final ProfileService profile;
    private final ReceivedInvitations invitations;

    MeController(ProfileService profile, ReceivedInvitations invitations) {
        this.profile = profile;
        this.invitations = invitations;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        return profile.me();
    }

    /** A person's API requests act in their default organisation; this switches it, like the UI's switcher. */
    @PutMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change) {
        profile.changePassword(change.currentPassword(), change.newPassword());
    }

    @PutMapping("/api/v1/me/organisation")
    Me switchOrganisation(@Valid @RequestBody DefaultOrganisation organisation) {
        return profile.switchTo(new TenantId(organisation.organisationId())).me();
    }

    /** Pending invitations addressed to the caller's username or e-mail address. */
    @GetMapping("/api/v1/me/invitations")
    List<ReceivedInvitation> invitations() {
        return invitations.list();
    }

    @PostMapping("/api/v1/me/invitations/{id}/acceptance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable UUID id) {
        invitations.accept(new InvitationId(id));
    }

    @PostMapping("/api/v1/me/invitations/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable UUID id) {
        invitations.decline(new InvitationId(id));
    }
}
