package org.inclusio.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.inclusio.audit.AuditAction;
import org.inclusio.audit.AuditEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEventEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "actor_id")
    private @Nullable UUID actorId;
    @Column(name = "actor_name")
    private String actorName;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "target_type")
    private @Nullable String targetType;
    @Column(name = "target_id")
    private @Nullable UUID targetId;
    private @Nullable String details;

    protected AuditEventEntity() {
    }

    AuditEventEntity(Instant occurredAt, @Nullable UUID actorId, String actorName, AuditAction action,
                     @Nullable String targetType, @Nullable UUID targetId, @Nullable String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
    }

    AuditEvent toView() {
        return new AuditEvent(id, occurredAt, actorName, action, targetType, targetId, details, tenantId);
    }
}

@Entity
@Immutable
@Table(name = "platform_audit_event")
class PlatformAuditEventEntity {

    @Id
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "actor_id")
    private @Nullable UUID actorId;
    @Column(name = "actor_name")
    private String actorName;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;
    @Column(name = "target_id")
    private @Nullable UUID targetId;
    private @Nullable String details;

    protected PlatformAuditEventEntity() {
    }

    PlatformAuditEventEntity(Instant occurredAt, @Nullable UUID actorId, String actorName, AuditAction action,
                             @Nullable UUID organisationId, @Nullable UUID targetId, @Nullable String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.organisationId = organisationId;
        this.targetId = targetId;
        this.details = details;
    }

    AuditEvent toView() {
        return new AuditEvent(id, occurredAt, actorName, action, null, targetId, details, organisationId);
    }
}
