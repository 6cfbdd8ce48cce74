package org.inclusio.tenant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationSettings;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "organisation")
class OrganisationEntity {

    @Id
    private UUID id;
    private String name;
    private String slug;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    private String country;
    @Column(name = "default_language")
    private String defaultLanguage;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] languages;
    @Column(name = "small_cell_threshold")
    private int smallCellThreshold;
    @Column(name = "retention_months")
    private int retentionMonths;
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected OrganisationEntity() {
    }

    OrganisationEntity(CreateOrganisation command, Instant now) {
        this.id = UUID.randomUUID();
        this.name = command.name().strip();
        this.slug = command.slug();
        this.type = command.type();
        this.country = command.country();
        this.defaultLanguage = command.defaultLanguage();
        this.languages = command.languages().stream().distinct().toArray(String[]::new);
        this.smallCellThreshold = command.smallCellThreshold();
        this.retentionMonths = command.retentionMonths();
        this.status = OrganisationStatus.ACTIVE;
        this.createdAt = now;
    }

    void changeSettings(OrganisationSettings settings) {
        this.name = settings.name().strip();
        this.defaultLanguage = settings.defaultLanguage();
        this.languages = settings.languages().stream().distinct().toArray(String[]::new);
        this.smallCellThreshold = settings.smallCellThreshold();
        this.retentionMonths = settings.retentionMonths();
    }

    /** @return whether the status changed */
    boolean changeStatus(OrganisationStatus newStatus) {
        if (status == newStatus) {
            return false;
        }
        status = newStatus;
        return true;
    }

    Organisation toView() {
        return new Organisation(new TenantId(id), name, slug, type, country, defaultLanguage, List.of(languages),
                smallCellThreshold, retentionMonths, status, createdAt);
    }
}
