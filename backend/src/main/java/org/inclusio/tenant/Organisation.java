package org.inclusio.tenant;

import java.time.Instant;
import java.util.List;

public record Organisation(TenantId id, String name, String slug, OrganisationType type, String country,
                           String defaultLanguage, List<String> languages, int smallCellThreshold,
                           int retentionMonths, OrganisationStatus status, Instant createdAt) {

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }
}
