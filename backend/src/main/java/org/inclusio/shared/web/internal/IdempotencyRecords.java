package org.inclusio.shared.web.internal;

import org.inclusio.shared.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The {@code idempotency_record} table. Every transaction here runs in the request's thread through the application's
 * transaction manager, which binds the authenticated actor's organisation: row-level security keeps each
 * organisation to its own records. Only the scheduled purge runs without one (policy {@code purge_expired}).
 */
@Component
class IdempotencyRecords {

    record StoredAnswer(int status, @Nullable String contentType, @Nullable String location, @Nullable String etag,
                        byte[] sealedBody) {
    }

    sealed interface Claim {
        /** Ours to run; {@code id} and {@code startedAt} identify the claim when it is answered or released. */
        record Granted(UUID id, Instant startedAt) implements Claim {
        }

        /** The first request with this key is still running. */
        record Running() implements Claim {
        }

        /** The key was used for another request (method, path or body). */
        record OtherRequest() implements Claim {
        }

        record Answered(StoredAnswer answer) implements Claim {
        }
    }

    private final IdempotencyRecordRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyRecords(IdempotencyRecordRepository repository, PlatformTransactionManager transactionManager,
                       Clock clock, IdempotencyProperties properties) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Takes the key for this request unless a live record has it. A new key is inserted (the unique key on
     * organisation, caller and key hash lets one of two concurrent first requests win; the other then finds it
     * running); an expired record, or one abandoned while running, is taken over under a row lock.
     */
    Claim claim(IdempotentRequest request) {
        try {
            return transactions.execute(status -> claimInTransaction(request));
        } catch (DataIntegrityViolationException concurrentFirstRequest) {
            return transactions.execute(status -> claimInTransaction(request));
        }
    }

    private Claim claimInTransaction(IdempotentRequest request) {
        // as PostgreSQL stores it, so that the claim compares equal when read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var existing = repository.findForUpdate(request.tenant(), request.actor(), request.keyHash());
        if (existing.isEmpty()) {
            var record = repository.saveAndFlush(new IdempotencyRecordEntity(request, now, properties.retention()));
            return new Claim.Granted(record.id(), record.createdAt());
        }
        IdempotencyRecordEntity record = existing.get();
        if (record.isFreeAt(now, properties.abandonedAfter())) {
            record.start(request, now, properties.retention());
            return new Claim.Granted(record.id(), record.createdAt());
        }
        if (!record.requestHash().equals(request.requestHash())) {
            return new Claim.OtherRequest();
        }
        StoredAnswer answer = record.storedAnswer();
        return answer == null ? new Claim.Running() : new Claim.Answered(answer);
    }

    void answer(IdempotentRequest request, Claim.Granted claim, StoredAnswer answer) {
        transactions.executeWithoutResult(status -> repository.find(request.tenant(), claim.id())
                .filter(record -> record.createdAt().equals(claim.startedAt()))
                .ifPresent(record -> record.answer(answer)));
    }

    /** The request failed on the server's side: a retry may run it again. */
    void release(IdempotentRequest request, Claim.Granted claim) {
        transactions.executeWithoutResult(status -> repository.find(request.tenant(), claim.id())
                .filter(record -> record.createdAt().equals(claim.startedAt()))
                .ifPresent(repository::delete));
    }

    /** Deletes the expired records of every organisation. */
    @Scheduled(fixedDelayString = "${inclusio.idempotency.purge-interval:PT1H}")
    void purgeExpired() {
        if (CurrentActor.get().isPresent()) {
            throw new IllegalStateException("The purge must run without an organisation, or it empties that one's");
        }
        transactions.executeWithoutResult(status -> repository.deleteWhatRowLevelSecurityAllows());
    }
}
