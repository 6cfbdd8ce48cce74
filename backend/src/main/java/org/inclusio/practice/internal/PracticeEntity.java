package org.inclusio.practice.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.practice.Funding;
import org.inclusio.practice.FundingType;
import org.inclusio.practice.Objective;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.PartnerType;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticePartner;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.practice.RecordPractice;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A practice with its partners, funding and objectives, saved as one. */
@Entity
@Table(name = "practice")
class PracticeEntity {

    @Embeddable
    record PartnerRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "position") int position,
                      @Column(name = "name") String name,
                      @Enumerated(EnumType.STRING) @Column(name = "type") PartnerType type,
                      @Column(name = "role") @Nullable String role) {
    }

    @Embeddable
    record FundingRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "position") int position,
                      @Column(name = "funder") String funder,
                      @Enumerated(EnumType.STRING) @Column(name = "type") FundingType type,
                      @Column(name = "amount") @Nullable BigDecimal amount,
                      @Column(name = "currency") @Nullable String currency,
                      @Column(name = "starts_on") @Nullable LocalDate startsOn,
                      @Column(name = "ends_on") @Nullable LocalDate endsOn) {
    }

    @Embeddable
    record ObjectiveRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "id") UUID id,
                        @Column(name = "position") int position, @Column(name = "text") String text) {
    }

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String name;
    private @Nullable String description;
    @Column(name = "target_groups")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] targetGroups;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] languages;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private PracticeStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "practice_partner", joinColumns = @JoinColumn(name = "practice_id"))
    @BatchSize(size = 50)
    private Set<PartnerRow> partners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_funding", joinColumns = @JoinColumn(name = "practice_id"))
    @BatchSize(size = 50)
    private Set<FundingRow> funding = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_objective", joinColumns = @JoinColumn(name = "practice_id"))
    @BatchSize(size = 50)
    private Set<ObjectiveRow> objectives = new HashSet<>();

    protected PracticeEntity() {
    }

    PracticeEntity(UUID tenantId, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    /** Takes over the command; objectives without an id get a new one, the others keep theirs. */
    void apply(RecordPractice details, Instant now) {
        name = details.name();
        description = details.description();
        targetGroups = details.targetGroups().stream().distinct().toArray(String[]::new);
        languages = details.languages().stream().distinct().toArray(String[]::new);
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        status = details.status();
        partners.clear();
        for (int i = 0; i < details.partners().size(); i++) {
            var partner = details.partners().get(i);
            partners.add(new PartnerRow(tenantId, i, partner.name(), partner.type(), partner.role()));
        }
        funding.clear();
        for (int i = 0; i < details.funding().size(); i++) {
            var source = details.funding().get(i);
            funding.add(new FundingRow(tenantId, i, source.funder(), source.type(), source.amount(), source.currency(),
                    source.startsOn(), source.endsOn()));
        }
        objectives.clear();
        for (int i = 0; i < details.objectives().size(); i++) {
            var objective = details.objectives().get(i);
            UUID objectiveId = objective.id() == null ? UUID.randomUUID() : objective.id().value();
            objectives.add(new ObjectiveRow(tenantId, objectiveId, i, objective.text()));
        }
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Set<UUID> objectiveIds() {
        return objectives.stream().map(ObjectiveRow::id).collect(Collectors.toSet());
    }

    /** Objective ids in the order of the objectives. */
    List<UUID> objectiveOrder() {
        return objectives.stream().sorted(Comparator.comparingInt(ObjectiveRow::position)).map(ObjectiveRow::id)
                .toList();
    }

    Practice toView() {
        return new Practice(new PracticeId(id), version(), name, description, List.of(targetGroups),
                List.of(languages), startsOn, endsOn, status,
                partners.stream().sorted(Comparator.comparingInt(PartnerRow::position))
                        .map(row -> new PracticePartner(row.name(), row.type(), row.role())).toList(),
                funding.stream().sorted(Comparator.comparingInt(FundingRow::position))
                        .map(row -> new Funding(row.funder(), row.type(), row.amount(), row.currency(),
                                row.startsOn(), row.endsOn())).toList(),
                objectives.stream().sorted(Comparator.comparingInt(ObjectiveRow::position))
                        .map(row -> new Objective(new ObjectiveId(row.id()), row.text())).toList(),
                createdAt, updatedAt);
    }

    PracticeSummary toSummary() {
        var types = EnumSet.noneOf(FundingType.class);
        funding.forEach(row -> types.add(row.type()));
        return new PracticeSummary(new PracticeId(id), name, status, startsOn, endsOn, partners.size(), types);
    }
}
