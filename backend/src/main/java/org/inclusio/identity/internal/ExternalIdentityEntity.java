package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person of an external issuer (issuer + subject) linked to their Inclusio account. */
@Entity
@Table(name = "external_identity")
class ExternalIdentityEntity {

    @Id
    private UUID id;
    private String issuer;
    private String subject;
    @Column(name = "user_account_id")
    private UUID userAccountId;
    @Column(name = "linked_at")
    private Instant linkedAt;

    protected ExternalIdentityEntity() {
    }

    ExternalIdentityEntity(String issuer, String subject, UUID userAccountId, Instant now) {
        this.id = UUID.randomUUID();
        this.issuer = issuer;
        this.subject = subject;
        this.userAccountId = userAccountId;
        this.linkedAt = now;
    }
}
