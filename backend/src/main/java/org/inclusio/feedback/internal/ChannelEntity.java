package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.Question;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "feedback_channel")
class ChannelEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String name;
    @Column(name = "practice_id")
    private @Nullable UUID practiceId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] languages;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private @Nullable LocalDate closesOn;
    @Column(name = "recurrence_months")
    private @Nullable Integer recurrenceMonths;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Question> questions;
    @Column(name = "public_token")
    private String publicToken;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected ChannelEntity() {
    }

    ChannelEntity(ChannelDetails details, String publicToken, Instant now) {
        this.id = UUID.randomUUID();
        this.publicToken = publicToken;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ChannelDetails details, Instant now) {
        name = details.name();
        practiceId = details.practice();
        languages = details.languages().toArray(String[]::new);
        opensOn = details.opensOn();
        closesOn = details.closesOn();
        recurrenceMonths = details.recurrenceMonths();
        questions = new ArrayList<>(details.questions());
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    /** 0 for a new row before it is flushed, as it will be stored. */
    long version() {
        return version == null ? 0 : version;
    }

    String name() {
        return name;
    }

    String publicToken() {
        return publicToken;
    }

    List<String> languages() {
        return List.of(languages);
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    SurveyRounds rounds() {
        return new SurveyRounds(opensOn, closesOn, recurrenceMonths);
    }

    ChannelDetails details() {
        return new ChannelDetails(name, practiceId, languages(), opensOn, closesOn, recurrenceMonths, questions());
    }

    FeedbackChannelId channelId() {
        return new FeedbackChannelId(id);
    }
}
