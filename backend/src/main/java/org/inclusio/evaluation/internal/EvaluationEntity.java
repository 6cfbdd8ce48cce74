package org.inclusio.evaluation.internal;

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
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.QuestionAnswer;
import org.inclusio.evaluation.Rating;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An evaluation with its ratings per item and answers per guiding question. */
@Entity
@Table(name = "evaluation")
class EvaluationEntity {

    @Embeddable
    record RatingRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "item_code") String item,
                     @Enumerated(EnumType.STRING) @Column(name = "rating") @Nullable Rating rating,
                     @Column(name = "note") @Nullable String note) {
    }

    @Embeddable
    record AnswerRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "question_code") String question,
                     @Column(name = "narrative") @Nullable String narrative,
                     @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "inspiring_tools") List<String> inspiringTools) {
    }

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "practice_id")
    private UUID practiceId;
    @Column(name = "framework_id")
    private UUID frameworkId;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;
    private @Nullable UUID corrects;
    @Column(name = "feedback_channel_id")
    private @Nullable UUID feedbackChannelId;
    @Column(name = "workshop_id")
    private @Nullable UUID workshopId;
    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable String evidence;
    @Column(name = "finalised_at")
    private @Nullable Instant finalisedAt;
    @Column(name = "finalised_by")
    private @Nullable UUID finalisedBy;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "evaluation_rating", joinColumns = @JoinColumn(name = "evaluation_id"))
    @BatchSize(size = 50)
    private Set<RatingRow> ratings = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "evaluation_id"))
    @BatchSize(size = 50)
    private Set<AnswerRow> answers = new HashSet<>();

    protected EvaluationEntity() {
    }

    EvaluationEntity(UUID tenantId, UUID practiceId, UUID frameworkId, LocalDate periodFrom, LocalDate periodTo,
                     @Nullable UUID corrects, UUID createdBy, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
        this.frameworkId = frameworkId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = EvaluationStatus.DRAFT;
        this.corrects = corrects;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rate(ItemRating rating, Instant now) {
        ratings.removeIf(row -> row.item().equals(rating.item()));
        ratings.add(new RatingRow(tenantId, rating.item(), rating.rating(), rating.note()));
        updatedAt = now;
    }

    void answer(QuestionAnswer answer, Instant now) {
        answers.removeIf(row -> row.question().equals(answer.question()));
        answers.add(new AnswerRow(tenantId, answer.question(), answer.narrative(), List.copyOf(answer.inspiringTools())));
        updatedAt = now;
    }

    void participate(@Nullable UUID feedbackChannel, @Nullable UUID workshop, Instant now) {
        feedbackChannelId = feedbackChannel;
        workshopId = workshop;
        updatedAt = now;
    }

    @Nullable UUID feedbackChannelId() {
        return feedbackChannelId;
    }

    @Nullable UUID workshopId() {
        return workshopId;
    }

    void move(EvaluationStatus to, Instant now) {
        status = to;
        updatedAt = now;
    }

    void finalise(String frozenEvidence, UUID by, Instant now) {
        evidence = frozenEvidence;
        finalisedAt = now;
        finalisedBy = by;
        move(EvaluationStatus.FINAL, now);
    }

    UUID id() {
        return id;
    }

    UUID practiceId() {
        return practiceId;
    }

    UUID frameworkId() {
        return frameworkId;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    EvaluationStatus status() {
        return status;
    }

    @Nullable UUID corrects() {
        return corrects;
    }

    @Nullable String frozenEvidence() {
        return evidence;
    }

    @Nullable Instant finalisedAt() {
        return finalisedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<ItemRating> ratings() {
        return ratings.stream().sorted(Comparator.comparing(RatingRow::item))
                .map(row -> new ItemRating(row.item(), row.rating(), row.note())).toList();
    }

    List<QuestionAnswer> answers() {
        return answers.stream().sorted(Comparator.comparing(AnswerRow::question))
                .map(row -> new QuestionAnswer(row.question(), row.narrative(), row.inspiringTools())).toList();
    }
}
