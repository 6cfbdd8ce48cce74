package org.inclusio.shared.web.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecordEntity, UUID> {

    /** Locked, so that two requests reclaiming an expired or abandoned key take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select record from IdempotencyRecordEntity record "
            + "where record.tenantId = :tenant and record.actorId = :actor and record.keyHash = :keyHash")
    Optional<IdempotencyRecordEntity> findForUpdate(UUID tenant, UUID actor, String keyHash);

    @Query("select record from IdempotencyRecordEntity record where record.tenantId = :tenant and record.id = :id")
    Optional<IdempotencyRecordEntity> find(UUID tenant, UUID id);

    /**
     * Without a WHERE clause on purpose: run with no organisation bound, row-level security lets it reach exactly the
     * expired rows (policy {@code purge_expired}); a condition on a column would need a SELECT policy as well.
     */
    @Modifying
    @Query("delete from IdempotencyRecordEntity")
    int deleteWhatRowLevelSecurityAllows();
}
