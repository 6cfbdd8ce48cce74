package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An internal note of staff on a piece of feedback; never shown publicly. */
@Entity
@Table(name = "feedback_note")
class NoteEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "feedback_id")
    private UUID feedbackId;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "written_at")
    private Instant writtenAt;
    private String text;

    protected NoteEntity() {
    }

    NoteEntity(UUID feedbackId, UUID authorId, Instant writtenAt, String text) {
        this.id = UUID.randomUUID();
        this.feedbackId = feedbackId;
        this.authorId = authorId;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    UUID authorId() {
        return authorId;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    String text() {
        return text;
    }
}
