package org.inclusio.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a guiding question of an evaluation. Lists read a projection, so the content is loaded only to
 * be downloaded or copied.
 */
@Entity
@Table(name = "evaluation_attachment")
class AttachmentEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "evaluation_id")
    private UUID evaluationId;
    @Column(name = "question_code")
    private String question;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private int size;
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AttachmentEntity() {
    }

    AttachmentEntity(UUID tenantId, UUID evaluationId, String question, String fileName, String mediaType,
                     byte[] content, Instant createdAt) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.evaluationId = evaluationId;
        this.question = question;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    AttachmentEntity copyTo(UUID evaluation, Instant now) {
        return new AttachmentEntity(tenantId, evaluation, question, fileName, mediaType, content, now);
    }

    UUID id() {
        return id;
    }

    String question() {
        return question;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    int size() {
        return size;
    }

    byte[] content() {
        return content;
    }
}
