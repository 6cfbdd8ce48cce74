package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Which organisation a client id belongs to; read by the token endpoint before any tenant is known. */
@Entity
@Table(name = "api_client_directory")
class ApiClientDirectoryEntity {

    @Id
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "organisation_id")
    private UUID organisationId;

    protected ApiClientDirectoryEntity() {
    }

    ApiClientDirectoryEntity(String clientId, UUID organisationId) {
        this.clientId = clientId;
        this.organisationId = organisationId;
    }

    UUID organisationId() {
        return organisationId;
    }
}
