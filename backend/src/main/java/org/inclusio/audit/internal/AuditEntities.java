package org.inclusio.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.inclusio.audit.AuditAction;
import org.inclusio.audit.AuditEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What every audit entry records: when, who, what, about which record. */
@MappedSuperclass
abstract class AuditEntry {

    /** The length of the {@code details} column; longer details are cut and end with an ellipsis. */
    static final int MAX_DETAILS_LENGTH = 4000;

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
    @Column(name = "target_id")
    private @Nullable UUID targetId;
    private @Nullable String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, @Nullable UUID actorId, String actorName, AuditAction action,
               @Nullable UUID targetId, @Nullable String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.targetId = targetId;
        this.details = shortened(details);
    }

    static @Nullable String shortened(@Nullable String details) {
        if (details == null || details.length() <= MAX_DETAILS_LENGTH) {
            return details;
        }
        int end = MAX_DETAILS_LENGTH - 1;
        if (Character.isHighSurrogate(details.charAt(end - 1))) {
            end--;
        }
        return details.substring(0, end) + "…";
    }

    AuditEvent toView(@Nullable String targetType, @Nullable UUID organisation) {
        return new AuditEvent(id, occurredAt, actorName, action, targetType, targetId, details, organisation);
    }
}

/** An entry of one organisation's log. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEventEntity extends AuditEntry {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "target_type")
    private @Nullable String targetType;

    protected AuditEventEntity() {
    }

    AuditEventEntity(Instant occurredAt, @Nullable UUID actorId, String actorName, AuditAction action,
                     @Nullable String targetType, @Nullable UUID targetId, @Nullable String details) {
        super(occurredAt, actorId, actorName, action, targetId, details);
        this.targetType = targetType;
    }

    AuditEvent toView() {
        return toView(targetType, tenantId);
    }
}

/** An entry of the platform's log, naming the organisation concerned if any. */
@Entity
@Immutable
@Table(name = "platform_audit_event")
class PlatformAuditEventEntity extends AuditEntry {

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    protected PlatformAuditEventEntity() {
    }

    PlatformAuditEventEntity(Instant occurredAt, @Nullable UUID actorId, String actorName, AuditAction action,
                             @Nullable UUID organisationId, @Nullable UUID targetId, @Nullable String details) {
        super(occurredAt, actorId, actorName, action, targetId, details);
        this.organisationId = organisationId;
    }

    AuditEvent toView() {
        return toView(null, organisationId);
    }
}
