package org.inclusio.assessment.internal;

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
import org.inclusio.assessment.ActionTaken;
import org.inclusio.assessment.FindingKind;
import org.inclusio.assessment.ParticipantCount;
import org.inclusio.assessment.ParticipantGroup;
import org.inclusio.assessment.ParticipatoryAssessmentId;
import org.inclusio.assessment.ParticipatoryAssessmentSummary;
import org.inclusio.assessment.ParticipatoryMethod;
import org.inclusio.assessment.Priority;
import org.inclusio.assessment.RecordParticipatoryAssessment;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.Headcount;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A participatory assessment with who took part (anonymously), its consultations and its findings. */
@Entity
@Table(name = "participatory_assessment")
class ParticipatoryAssessmentEntity {

    @Embeddable
    record HeadcountCell(@Column(name = "tenant_id") UUID tenantId,
                         @Enumerated(EnumType.STRING) @Column(name = "gender") Gender gender,
                         @Enumerated(EnumType.STRING) @Column(name = "age_band") AgeBand ageBand,
                         @Column(name = "participants") int participants) {
    }

    @Embeddable
    record GroupCell(@Column(name = "tenant_id") UUID tenantId,
                     @Enumerated(EnumType.STRING) @Column(name = "participant_group") ParticipantGroup group,
                     @Column(name = "participants") int participants) {
    }

    @Embeddable
    record ConsultationLink(@Column(name = "tenant_id") UUID tenantId,
                            @Column(name = "consultation_id") UUID consultationId) {
    }

    @Embeddable
    record FindingRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "position") int position,
                      @Enumerated(EnumType.STRING) @Column(name = "kind") FindingKind kind,
                      @Column(name = "domain_id") @Nullable UUID domainId,
                      @Enumerated(EnumType.STRING) @Column(name = "priority") Priority priority,
                      @Column(name = "text") String text,
                      @Column(name = "action_taken") @Nullable String actionTaken,
                      @Column(name = "action_on") @Nullable LocalDate actionOn) {
    }

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String title;
    private @Nullable String summary;
    @Column(name = "practice_id")
    private @Nullable UUID practiceId;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] methods;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] languages;
    private int participants;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "participatory_headcount", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 50)
    private Set<HeadcountCell> headcounts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participatory_group", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 50)
    private Set<GroupCell> groups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participatory_consultation", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 50)
    private Set<ConsultationLink> consultations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participatory_finding", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 50)
    private Set<FindingRow> findings = new HashSet<>();

    protected ParticipatoryAssessmentEntity() {
    }

    ParticipatoryAssessmentEntity(UUID tenantId, UUID recordedBy, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    void apply(RecordParticipatoryAssessment details, Instant now) {
        title = details.title().strip();
        summary = details.summary();
        practiceId = details.practiceId();
        periodFrom = details.periodFrom();
        periodTo = details.periodTo();
        methods = details.methods().stream().sorted().map(ParticipatoryMethod::name).toArray(String[]::new);
        languages = details.languages().stream().distinct().toArray(String[]::new);
        headcounts = new HashSet<>(details.participants().stream().filter(cell -> cell.count() > 0)
                .map(cell -> new HeadcountCell(tenantId, cell.gender(), cell.ageBand(), cell.count())).toList());
        groups = new HashSet<>(details.groups().stream().filter(cell -> cell.count() > 0)
                .map(cell -> new GroupCell(tenantId, cell.group(), cell.count())).toList());
        consultations = new HashSet<>(details.consultations().stream()
                .map(consultation -> new ConsultationLink(tenantId, consultation.value())).toList());
        var rows = new HashSet<FindingRow>();
        for (int position = 0; position < details.findings().size(); position++) {
            var finding = details.findings().get(position);
            rows.add(new FindingRow(tenantId, position, finding.kind(),
                    finding.domain() == null ? null : finding.domain().value(), finding.priority(),
                    finding.text().strip(), finding.action() == null ? null : finding.action().whatChanged().strip(),
                    finding.action() == null ? null : finding.action().changedOn()));
        }
        findings = rows;
        participants = Math.max(headcounts.stream().mapToInt(HeadcountCell::participants).sum(),
                groups.stream().mapToInt(GroupCell::participants).sum());
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String title() {
        return title;
    }

    @Nullable String summary() {
        return summary;
    }

    @Nullable UUID practiceId() {
        return practiceId;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    Set<ParticipatoryMethod> methods() {
        var set = EnumSet.noneOf(ParticipatoryMethod.class);
        Arrays.stream(methods).map(ParticipatoryMethod::valueOf).forEach(set::add);
        return set;
    }

    List<String> languages() {
        return List.of(languages);
    }

    int participants() {
        return participants;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<Headcount> headcounts() {
        return headcounts.stream().map(cell -> new Headcount(cell.gender(), cell.ageBand(), cell.participants()))
                .sorted(Comparator.comparing(Headcount::gender).thenComparing(Headcount::ageBand)).toList();
    }

    List<ParticipantCount> groups() {
        return groups.stream().map(cell -> new ParticipantCount(cell.group(), cell.participants()))
                .sorted(Comparator.comparing(ParticipantCount::group)).toList();
    }

    List<ConsultationId> consultations() {
        return consultations.stream().map(link -> new ConsultationId(link.consultationId()))
                .sorted(Comparator.comparing(ConsultationId::value)).toList();
    }

    List<FindingRow> findings() {
        return findings.stream().sorted(Comparator.comparingInt(FindingRow::position)).toList();
    }

    ParticipatoryAssessmentSummary toSummary() {
        int withAction = (int) findings.stream().filter(finding -> finding.actionTaken() != null).count();
        return new ParticipatoryAssessmentSummary(new ParticipatoryAssessmentId(id), title, periodFrom, periodTo,
                methods(), participants, findings.size(), withAction, practiceId);
    }

    static @Nullable ActionTaken actionOf(FindingRow row) {
        return row.actionTaken() == null || row.actionOn() == null ? null
                : new ActionTaken(row.actionTaken(), row.actionOn());
    }
}
