package org.inclusio.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A practice's evaluation schedule. */
@Entity
@Table(name = "evaluation_schedule")
class EvaluationScheduleEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "practice_id")
    private UUID practiceId;
    @Column(name = "framework_id")
    private UUID frameworkId;
    private int months;
    @Column(name = "next_period_from")
    private LocalDate nextPeriodFrom;
    @Column(name = "last_opened")
    private @Nullable UUID lastOpened;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected EvaluationScheduleEntity() {
    }

    EvaluationScheduleEntity(UUID tenantId, UUID practiceId) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
    }

    void plan(UUID framework, int everyMonths, LocalDate firstPeriodFrom, Instant now) {
        frameworkId = framework;
        months = everyMonths;
        nextPeriodFrom = firstPeriodFrom;
        updatedAt = now;
    }

    LocalDate nextPeriodTo() {
        return nextPeriodFrom.plusMonths(months).minusDays(1);
    }

    /** Moves past every period that has ended before the latest one; answers whether one has ended at all. */
    boolean skipToLatestEnded(LocalDate today) {
        if (!nextPeriodTo().isBefore(today)) {
            return false;
        }
        while (nextPeriodFrom.plusMonths(months).plusMonths(months).minusDays(1).isBefore(today)) {
            nextPeriodFrom = nextPeriodFrom.plusMonths(months);
        }
        return true;
    }

    void opened(UUID evaluation, Instant now) {
        lastOpened = evaluation;
        alreadyOpened(now);
    }

    /** A manager opened this period's evaluation by hand: the schedule moves on to the next period. */
    void alreadyOpened(Instant now) {
        nextPeriodFrom = nextPeriodFrom.plusMonths(months);
        updatedAt = now;
    }

    UUID practiceId() {
        return practiceId;
    }

    UUID frameworkId() {
        return frameworkId;
    }

    int months() {
        return months;
    }

    LocalDate nextPeriodFrom() {
        return nextPeriodFrom;
    }

    @Nullable UUID lastOpened() {
        return lastOpened;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
