package org.inclusio.tenant;

public record OrganisationSettingsChanged(TenantId organisation, OrganisationSettings before,
                                          OrganisationSettings after) {
}
