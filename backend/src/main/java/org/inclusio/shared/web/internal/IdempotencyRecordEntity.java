package org.inclusio.shared.web.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One key of one caller in one organisation, running or answered. Not a Hibernate {@code @TenantId} entity on
 * purpose: the purge must reach every organisation's expired rows with one DELETE (policy {@code purge_expired});
 * reads and writes are still confined to the bound organisation by row-level security, and name it explicitly.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecordEntity {

    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "response_status")
    private @Nullable Short responseStatus;
    @Column(name = "response_content_type")
    private @Nullable String responseContentType;
    @Column(name = "response_location")
    private @Nullable String responseLocation;
    @Column(name = "response_etag")
    private @Nullable String responseEtag;
    @Column(name = "response_body")
    private byte @Nullable [] responseBody;

    protected IdempotencyRecordEntity() {
    }

    IdempotencyRecordEntity(IdempotentRequest request, Instant now, Duration retention) {
        this.tenantId = request.tenant();
        this.id = UUID.randomUUID();
        this.actorId = request.actor();
        this.keyHash = request.keyHash();
        start(request, now, retention);
    }

    /** Starts (again) for this request: a new key, or one whose record expired or was abandoned while running. */
    void start(IdempotentRequest request, Instant now, Duration retention) {
        this.requestHash = request.requestHash();
        this.createdAt = now;
        this.expiresAt = now.plus(retention);
        this.responseStatus = null;
        this.responseContentType = null;
        this.responseLocation = null;
        this.responseEtag = null;
        this.responseBody = null;
    }

    boolean isFreeAt(Instant now, Duration abandonedAfter) {
        return !expiresAt.isAfter(now) || (responseStatus == null && createdAt.isBefore(now.minus(abandonedAfter)));
    }

    void answer(IdempotencyRecords.StoredAnswer answer) {
        this.responseStatus = (short) answer.status();
        this.responseContentType = answer.contentType();
        this.responseLocation = answer.location();
        this.responseEtag = answer.etag();
        this.responseBody = answer.sealedBody();
    }

    UUID id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    String requestHash() {
        return requestHash;
    }

    /** The stored answer, or {@code null} while the first request still runs. */
    IdempotencyRecords.@Nullable StoredAnswer storedAnswer() {
        if (responseStatus == null || responseBody == null) {
            return null;
        }
        return new IdempotencyRecords.StoredAnswer(responseStatus, responseContentType, responseLocation, responseEtag,
                responseBody);
    }
}
