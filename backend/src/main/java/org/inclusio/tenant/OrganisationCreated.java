package org.inclusio.tenant;

public record OrganisationCreated(TenantId organisation, String slug) {
}
