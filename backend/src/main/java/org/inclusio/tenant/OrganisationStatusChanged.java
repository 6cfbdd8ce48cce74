package org.inclusio.tenant;

public record OrganisationStatusChanged(TenantId organisation, OrganisationStatus status) {
}
