package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A receipt code's SHA-256 with the organisation and the feedback it shows: read before any organisation is known.
 * The code itself is never stored. No row-level security, and nothing personal in it.
 */
@Entity
@Table(name = "feedback_receipt")
class ReceiptEntity {

    @Id
    @Column(name = "receipt_hash")
    private byte[] receiptHash;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "feedback_id")
    private UUID feedbackId;

    protected ReceiptEntity() {
    }

    ReceiptEntity(byte[] receiptHash, UUID organisationId, UUID feedbackId) {
        this.receiptHash = receiptHash.clone();
        this.organisationId = organisationId;
        this.feedbackId = feedbackId;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID feedbackId() {
        return feedbackId;
    }
}
