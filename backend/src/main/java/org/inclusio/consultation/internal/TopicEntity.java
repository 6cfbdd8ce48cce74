package org.inclusio.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.consultation.Topic;
import org.inclusio.consultation.TopicId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "topic")
class TopicEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String code;
    private int position;
    @Column(name = "created_at")
    private Instant createdAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected TopicEntity() {
    }

    TopicEntity(String code, int position, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.position = position;
        this.createdAt = now;
    }

    String code() {
        return code;
    }

    Topic toView() {
        return new Topic(new TopicId(id), code, position);
    }
}
