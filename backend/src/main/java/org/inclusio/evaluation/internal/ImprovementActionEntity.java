package org.inclusio.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.evaluation.RaiseAction;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement action of a practice, raised by one of its evaluations. */
@Entity
@Table(name = "improvement_action")
class ImprovementActionEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "practice_id")
    private UUID practiceId;
    @Column(name = "raised_in")
    private UUID raisedIn;
    @Column(name = "item_code")
    private @Nullable String item;
    private String description;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected ImprovementActionEntity() {
    }

    ImprovementActionEntity(UUID tenantId, UUID practiceId, UUID raisedIn, Instant now) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
        this.raisedIn = raisedIn;
        this.createdAt = now;
    }

    void apply(RaiseAction action, Instant now) {
        item = action.item();
        description = action.description();
        ownerId = action.owner().value();
        dueOn = action.dueOn();
        doneOn = action.done();
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID practiceId() {
        return practiceId;
    }

    UUID raisedIn() {
        return raisedIn;
    }

    @Nullable String item() {
        return item;
    }

    String description() {
        return description;
    }

    UUID ownerId() {
        return ownerId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    @Nullable LocalDate doneOn() {
        return doneOn;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
