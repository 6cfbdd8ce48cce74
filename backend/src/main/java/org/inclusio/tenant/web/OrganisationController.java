package org.inclusio.tenant.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationSettings;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
class OrganisationController {

    record StatusChange(@NotNull OrganisationStatus status) {
    }

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisation")
    @Tag(name = "organisation")
    Organisation current() {
        return organisations.current();
    }

    @PutMapping("/api/v1/organisation/settings")
    @Tag(name = "organisation")
    Organisation changeSettings(@Valid @RequestBody OrganisationSettings settings) {
        return organisations.changeSettings(settings);
    }

    @GetMapping("/api/v1/platform/organisations")
    @Tag(name = "platform")
    List<Organisation> list() {
        return organisations.list();
    }

    @PostMapping("/api/v1/platform/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "platform")
    Organisation create(@Valid @RequestBody CreateOrganisation command) {
        return organisations.create(command);
    }

    @GetMapping("/api/v1/platform/organisations/{id}")
    @Tag(name = "platform")
    Organisation get(@PathVariable UUID id) {
        return organisations.get(new TenantId(id));
    }

    @PutMapping("/api/v1/platform/organisations/{id}/status")
    @Tag(name = "platform")
    Organisation changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
        return organisations.changeStatus(new TenantId(id), change.status());
    }
}
