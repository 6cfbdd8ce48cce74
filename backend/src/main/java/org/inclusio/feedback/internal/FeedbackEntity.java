package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.feedback.IntakeChannel;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One piece of feedback. It has no timestamp, no address and nothing about the device; the id is random, so it
 * carries no time either.
 */
@Entity
@Table(name = "feedback")
class FeedbackEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "channel_id")
    private UUID channelId;
    @Enumerated(EnumType.STRING)
    private IntakeChannel intake;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private String language;
    @Enumerated(EnumType.STRING)
    private FeedbackCategory category;
    private @Nullable Integer satisfaction;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> answers;
    private @Nullable String comment;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    @Column(name = "assignee_id")
    private @Nullable UUID assigneeId;
    @Enumerated(EnumType.STRING)
    private @Nullable FeedbackType type;
    @Column(name = "code_id")
    private @Nullable UUID codeId;
    @Column(name = "public_reply")
    private @Nullable String publicReply;
    @Column(name = "acknowledged_on")
    private @Nullable LocalDate acknowledgedOn;
    @Column(name = "answered_on")
    private @Nullable LocalDate answeredOn;
    @Column(name = "referred_to")
    private @Nullable String referredTo;
    @Column(name = "you_said_we_did_id")
    private @Nullable UUID youSaidWeDidId;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected FeedbackEntity() {
    }

    FeedbackEntity(UUID channelId, IntakeChannel intake, LocalDate receivedOn, FeedbackForm form) {
        this.id = UUID.randomUUID();
        this.channelId = channelId;
        this.intake = intake;
        this.receivedOn = receivedOn;
        this.language = form.language();
        this.category = form.category();
        this.satisfaction = form.satisfaction();
        this.answers = new HashMap<>(form.answers());
        this.comment = form.comment() == null || form.comment().isBlank() ? null : form.comment();
        this.status = FeedbackStatus.RECEIVED;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    UUID channelId() {
        return channelId;
    }

    IntakeChannel intake() {
        return intake;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    String language() {
        return language;
    }

    FeedbackCategory category() {
        return category;
    }

    boolean sensitive() {
        return category == FeedbackCategory.SERIOUS;
    }

    @Nullable Integer satisfaction() {
        return satisfaction;
    }

    Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    @Nullable String comment() {
        return comment;
    }

    FeedbackStatus status() {
        return status;
    }

    @Nullable UUID assigneeId() {
        return assigneeId;
    }

    @Nullable FeedbackType type() {
        return type;
    }

    @Nullable UUID codeId() {
        return codeId;
    }

    @Nullable String publicReply() {
        return publicReply;
    }

    @Nullable LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    @Nullable LocalDate answeredOn() {
        return answeredOn;
    }

    @Nullable String referredTo() {
        return referredTo;
    }

    @Nullable UUID youSaidWeDidId() {
        return youSaidWeDidId;
    }

    /**
     * Sets the triage state. The status only moves forward; reaching acknowledged (or beyond) records the day once,
     * reaching answered records the day it was answered.
     */
    void triage(FeedbackStatus newStatus, @Nullable UUID assignee, @Nullable FeedbackType newType,
                @Nullable UUID code, @Nullable String reply, @Nullable UUID youSaidWeDid, LocalDate today) {
        status = newStatus;
        assigneeId = assignee;
        type = newType;
        codeId = code;
        publicReply = reply;
        youSaidWeDidId = youSaidWeDid;
        if (newStatus != FeedbackStatus.RECEIVED && acknowledgedOn == null) {
            acknowledgedOn = today;
        }
        if ((newStatus == FeedbackStatus.ANSWERED || newStatus == FeedbackStatus.CLOSED) && answeredOn == null
                && reply != null) {
            answeredOn = today;
        }
    }

    void refer(String organisationName, @Nullable String reply, LocalDate today) {
        status = FeedbackStatus.REFERRED;
        referredTo = organisationName;
        if (reply != null) {
            publicReply = reply;
        }
        if (acknowledgedOn == null) {
            acknowledgedOn = today;
        }
        if (answeredOn == null) {
            answeredOn = today;
        }
    }

    void linkTo(@Nullable UUID youSaidWeDid) {
        youSaidWeDidId = youSaidWeDid;
    }
}
