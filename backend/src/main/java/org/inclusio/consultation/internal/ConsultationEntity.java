package org.inclusio.consultation.internal;

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
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.Headcount;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.ReceivingSocietyCounts;
import org.inclusio.consultation.StakeholderCount;
import org.inclusio.consultation.StakeholderType;
import org.inclusio.consultation.TopicId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A consultation and what it links. The link tables carry {@code tenant_id} like every tenant table; their rows get
 * the consultation's organisation, and row-level security keeps them there.
 */
@Entity
@Table(name = "consultation")
class ConsultationEntity {

    @Embeddable
    record CaseFileLink(@Column(name = "tenant_id") UUID tenantId, @Column(name = "case_file_id") UUID caseFileId) {
    }

    @Embeddable
    record TopicLink(@Column(name = "tenant_id") UUID tenantId, @Column(name = "topic_id") UUID topicId) {
    }

    @Embeddable
    record HeadcountCell(@Column(name = "tenant_id") UUID tenantId,
                         @Enumerated(EnumType.STRING) @Column(name = "gender") Gender gender,
                         @Enumerated(EnumType.STRING) @Column(name = "age_band") AgeBand ageBand,
                         @Column(name = "participants") int participants) {
    }

    @Embeddable
    record StakeholderCell(@Column(name = "tenant_id") UUID tenantId,
                           @Enumerated(EnumType.STRING) @Column(name = "stakeholder_type") StakeholderType type,
                           @Column(name = "participants") int participants) {
    }

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ConsultationType type;
    @Enumerated(EnumType.STRING)
    private ConsultationPurpose purpose;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "starts_at")
    private @Nullable LocalTime startsAt;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private @Nullable String place;
    private String language;
    @Column(name = "interpreter_present")
    private boolean interpreterPresent;
    @Column(name = "intercultural_worker_present")
    private boolean interculturalWorkerPresent;
    @Column(name = "confidential_notes")
    private @Nullable String confidentialNotes;
    private @Nullable String outcome;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] accommodations;
    @Column(name = "compensation_amount")
    private @Nullable BigDecimal compensationAmount;
    @Column(name = "local_residents")
    private int localResidents;
    @Column(name = "civil_servants")
    private int civilServants;
    private int volunteers;
    private int participants;
    @Column(name = "practice_id")
    private @Nullable UUID practiceId;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "consultation_case_file", joinColumns = @JoinColumn(name = "consultation_id"))
    @BatchSize(size = 100)
    private Set<CaseFileLink> caseFiles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_topic", joinColumns = @JoinColumn(name = "consultation_id"))
    @BatchSize(size = 100)
    private Set<TopicLink> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_headcount", joinColumns = @JoinColumn(name = "consultation_id"))
    @BatchSize(size = 100)
    private Set<HeadcountCell> headcounts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_stakeholder", joinColumns = @JoinColumn(name = "consultation_id"))
    @BatchSize(size = 100)
    private Set<StakeholderCell> stakeholders = new HashSet<>();

    protected ConsultationEntity() {
    }

    ConsultationEntity(UUID tenantId, LogConsultation details, UUID recordedBy, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.recordedBy = recordedBy;
        this.createdAt = now;
        apply(details, true, now);
    }

    /** @param withNotes whether the confidential notes of {@code details} replace the stored ones */
    void apply(LogConsultation details, boolean withNotes, Instant now) {
        type = details.type();
        purpose = details.purpose();
        heldOn = details.heldOn();
        startsAt = details.startsAt();
        durationMinutes = details.durationMinutes();
        channel = details.channel();
        place = details.place();
        language = details.language();
        interpreterPresent = details.interpreterPresent();
        interculturalWorkerPresent = details.interculturalWorkerPresent();
        if (withNotes) {
            confidentialNotes = details.confidentialNotes();
        }
        outcome = details.outcome();
        accommodations = details.accommodations().stream().sorted().map(Accommodation::name).toArray(String[]::new);
        compensationAmount = details.compensationAmount();
        localResidents = details.receivingSociety().localResidents();
        civilServants = details.receivingSociety().civilServants();
        volunteers = details.receivingSociety().volunteers();
        practiceId = details.practiceId();
        replace(caseFiles, details.caseFiles().stream().map(file -> new CaseFileLink(tenantId, file.value())).toList());
        replace(topics, details.topics().stream().map(topic -> new TopicLink(tenantId, topic.value())).toList());
        replace(headcounts, details.headcounts().stream().filter(cell -> cell.count() > 0)
                .map(cell -> new HeadcountCell(tenantId, cell.gender(), cell.ageBand(), cell.count())).toList());
        replace(stakeholders, details.stakeholders().stream().filter(cell -> cell.count() > 0)
                .map(cell -> new StakeholderCell(tenantId, cell.type(), cell.count())).toList());
        participants = caseFiles.size() + localResidents + civilServants + volunteers
                + headcounts.stream().mapToInt(HeadcountCell::participants).sum()
                + stakeholders.stream().mapToInt(StakeholderCell::participants).sum();
        updatedAt = now;
    }

    /** Changes only what differs, so that an unchanged link is not deleted and inserted again. */
    private static <T> void replace(Set<T> current, List<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    UUID id() {
        return id;
    }

    /** 0 for a new row before it is flushed, as it will be stored. */
    long version() {
        return version == null ? 0 : version;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    ConsultationType type() {
        return type;
    }

    ConsultationPurpose purpose() {
        return purpose;
    }

    @Nullable String confidentialNotes() {
        return confidentialNotes;
    }

    @Nullable String outcome() {
        return outcome;
    }

    @Nullable String place() {
        return place;
    }

    @Nullable LocalTime startsAt() {
        return startsAt;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    Channel channel() {
        return channel;
    }

    String language() {
        return language;
    }

    boolean interpreterPresent() {
        return interpreterPresent;
    }

    boolean interculturalWorkerPresent() {
        return interculturalWorkerPresent;
    }

    Set<Accommodation> accommodations() {
        var set = EnumSet.noneOf(Accommodation.class);
        Arrays.stream(accommodations).map(Accommodation::valueOf).forEach(set::add);
        return set;
    }

    @Nullable BigDecimal compensationAmount() {
        return compensationAmount;
    }

    @Nullable UUID practiceId() {
        return practiceId;
    }

    int participants() {
        return participants;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    ReceivingSocietyCounts receivingSociety() {
        return new ReceivingSocietyCounts(localResidents, civilServants, volunteers);
    }

    List<CaseFileId> caseFileIds() {
        return caseFiles.stream().map(link -> new CaseFileId(link.caseFileId())).sorted(
                Comparator.comparing(CaseFileId::value)).toList();
    }

    List<TopicId> topicIds() {
        return topics.stream().map(link -> new TopicId(link.topicId())).sorted(Comparator.comparing(TopicId::value))
                .toList();
    }

    /** In the grid's order: gender, then age band. */
    List<Headcount> headcounts() {
        return headcounts.stream().map(cell -> new Headcount(cell.gender(), cell.ageBand(), cell.participants()))
                .sorted(Comparator.comparing(Headcount::gender).thenComparing(Headcount::ageBand)).toList();
    }

    List<StakeholderCount> stakeholders() {
        return stakeholders.stream().map(cell -> new StakeholderCount(cell.type(), cell.participants()))
                .sorted(Comparator.comparing(StakeholderCount::type)).toList();
    }

    ConsultationSummary toSummary() {
        return new ConsultationSummary(new ConsultationId(id), version(), type, purpose, purpose.isParticipatory(),
                heldOn, startsAt, durationMinutes, channel, language, interpreterPresent, interculturalWorkerPresent,
                topicIds(), caseFileIds(), participants);
    }
}
