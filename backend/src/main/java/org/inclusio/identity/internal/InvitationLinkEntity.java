package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Which invitation a link's token belongs to; read by the anonymous link page before any tenant is known. */
@Entity
@Table(name = "invitation_link")
class InvitationLinkEntity {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "invitation_id")
    private UUID invitationId;

    protected InvitationLinkEntity() {
    }

    InvitationLinkEntity(String tokenHash, UUID organisationId, UUID invitationId) {
        this.tokenHash = tokenHash;
        this.organisationId = organisationId;
        this.invitationId = invitationId;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID invitationId() {
        return invitationId;
    }
}
