package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An Idempotency-Key an anonymous collector sent with a submission: its hash, the hash of the submission, and the
 * receipt sealed with a key derived from the Idempotency-Key, kept until a day (never a time of day).
 */
@Entity
@Table(name = "feedback_submission_key")
class SubmissionKeyEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "channel_id")
    private UUID channelId;
    @Column(name = "key_hash")
    private byte[] keyHash;
    @Column(name = "request_hash")
    private byte[] requestHash;
    @Column(name = "sealed_receipt")
    private byte[] sealedReceipt;
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected SubmissionKeyEntity() {
    }

    SubmissionKeyEntity(UUID channelId, byte[] keyHash, byte[] requestHash, byte[] sealedReceipt,
                        LocalDate expiresOn) {
        this.id = UUID.randomUUID();
        this.channelId = channelId;
        this.keyHash = keyHash.clone();
        this.requestHash = requestHash.clone();
        this.sealedReceipt = sealedReceipt.clone();
        this.expiresOn = expiresOn;
    }

    byte[] requestHash() {
        return requestHash.clone();
    }

    byte[] sealedReceipt() {
        return sealedReceipt.clone();
    }
}
