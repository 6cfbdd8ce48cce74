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
import org.inclusio.assessment.AssessmentMethod;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.Capacities;
import org.inclusio.assessment.EducationLevel;
import org.inclusio.assessment.GoalStatus;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsAssessmentId;
import org.inclusio.assessment.NeedsAssessmentSummary;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.beneficiary.CaseFileId;
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

/**
 * An individual needs assessment with its needs and goals. The descriptions of sensitive domains are not in the need
 * rows but sealed in {@code sealed_data} ({@link SensitiveDescriptions}).
 */
@Entity
@Table(name = "needs_assessment")
class NeedsAssessmentEntity {

    @Embeddable
    record NeedRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "domain_id") UUID domainId,
                   @Enumerated(EnumType.STRING) @Column(name = "level") NeedLevel level,
                   @Enumerated(EnumType.STRING) @Column(name = "status") NeedStatus status,
                   @Column(name = "description") @Nullable String description) {
    }

    @Embeddable
    record GoalRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "position") int position,
                   @Column(name = "goal") String goal, @Column(name = "domain_id") @Nullable UUID domainId,
                   @Column(name = "target_date") @Nullable LocalDate targetDate,
                   @Enumerated(EnumType.STRING) @Column(name = "status") GoalStatus status) {
    }

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    private AssessmentMethod method;
    private String language;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] barriers;
    @Column(name = "other_barrier")
    private @Nullable String otherBarrier;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "capacity_languages")
    private String[] capacityLanguages;
    @Column(name = "work_experience")
    private @Nullable String workExperience;
    private @Nullable String qualifications;
    @Column(name = "reassessment_due")
    private LocalDate reassessmentDue;
    @Column(name = "superseded_on")
    private @Nullable LocalDate supersededOn;
    @Column(name = "practice_id")
    private @Nullable UUID practiceId;
    @Column(name = "sealed_data")
    private byte @Nullable [] sealedData;
    @Column(name = "sealed_key_id")
    private @Nullable String sealedKeyId;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "needs_assessment_need", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 100)
    private Set<NeedRow> needs = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "needs_assessment_goal", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 100)
    private Set<GoalRow> goals = new HashSet<>();

    protected NeedsAssessmentEntity() {
    }

    NeedsAssessmentEntity(UUID tenantId, UUID caseFileId, UUID recordedBy, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.caseFileId = caseFileId;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /**
     * Takes everything of {@code details} but the needs: those come as rows, because a correction by someone who may
     * not see the sensitive domains keeps them.
     */
    void apply(RecordNeedsAssessment details, LocalDate due, List<NeedRow> needRows, Instant now) {
        assessedOn = details.assessedOn();
        method = details.method();
        language = details.language();
        barriers = details.barriers().stream().sorted().map(Barrier::name).toArray(String[]::new);
        otherBarrier = details.otherBarrier();
        educationLevel = details.capacities().educationLevel();
        capacityLanguages = details.capacities().languages().toArray(String[]::new);
        workExperience = details.capacities().workExperience();
        qualifications = details.capacities().qualificationsToRecognise();
        reassessmentDue = due;
        practiceId = details.practiceId();
        needs = new HashSet<>(needRows);
        var goalRows = new HashSet<GoalRow>();
        for (int position = 0; position < details.goals().size(); position++) {
            var goal = details.goals().get(position);
            goalRows.add(new GoalRow(tenantId, position, goal.goal().strip(),
                    goal.domain() == null ? null : goal.domain().value(), goal.targetDate(), goal.status()));
        }
        goals = goalRows;
        updatedAt = now;
    }

    void seal(@Nullable String keyId, byte @Nullable [] data) {
        sealedKeyId = keyId;
        sealedData = data;
    }

    /** What an erasure leaves: levels, statuses, barriers, dates; no free text. */
    void erase(String placeholder) {
        needs = new HashSet<>(needs.stream().map(need -> new NeedRow(tenantId, need.domainId(), need.level(),
                need.status(), need.description() == null ? null : placeholder)).toList());
        goals = new HashSet<>(goals.stream().map(goal -> new GoalRow(tenantId, goal.position(), placeholder,
                goal.domainId(), goal.targetDate(), goal.status())).toList());
        otherBarrier = otherBarrier == null ? null : placeholder;
        workExperience = null;
        qualifications = null;
        seal(null, null);
    }

    void supersededOn(@Nullable LocalDate next) {
        supersededOn = next;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID caseFileId() {
        return caseFileId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    LocalDate assessedOn() {
        return assessedOn;
    }

    AssessmentMethod method() {
        return method;
    }

    String language() {
        return language;
    }

    Set<Barrier> barriers() {
        var set = EnumSet.noneOf(Barrier.class);
        Arrays.stream(barriers).map(Barrier::valueOf).forEach(set::add);
        return set;
    }

    @Nullable String otherBarrier() {
        return otherBarrier;
    }

    Capacities capacities() {
        return new Capacities(educationLevel, List.of(capacityLanguages), workExperience, qualifications);
    }

    LocalDate reassessmentDue() {
        return reassessmentDue;
    }

    @Nullable LocalDate supersededOn() {
        return supersededOn;
    }

    @Nullable UUID practiceId() {
        return practiceId;
    }

    byte @Nullable [] sealedData() {
        return sealedData;
    }

    @Nullable String sealedKeyId() {
        return sealedKeyId;
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

    Set<NeedRow> needs() {
        return Set.copyOf(needs);
    }

    List<GoalRow> goals() {
        return goals.stream().sorted(Comparator.comparingInt(GoalRow::position)).toList();
    }

    NeedsAssessmentSummary toSummary(String caseNumber, boolean reassessment) {
        return new NeedsAssessmentSummary(new NeedsAssessmentId(id), new CaseFileId(caseFileId), caseNumber,
                assessedOn, method, language, reassessment, reassessmentDue, practiceId, recordedBy);
    }
}
