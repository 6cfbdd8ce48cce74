package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientId;
import org.inclusio.identity.ApiScope;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "api_client")
class ApiClientEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "client_id")
    private String clientId;
    private String name;
    @Column(name = "secret_hash")
    private String secretHash;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] scopes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private @Nullable UUID createdBy;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Version
    private long version;

    protected ApiClientEntity() {
    }

    ApiClientEntity(String clientId, String name, String secretHash, Set<ApiScope> scopes, @Nullable UUID createdBy,
                    Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = scopes.stream().sorted().map(ApiScope::value).toArray(String[]::new);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String clientId() {
        return clientId;
    }

    String secretHash() {
        return secretHash;
    }

    Set<ApiScope> scopes() {
        var set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes).map(ApiScope::fromValue).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void replaceSecretHash(String newHash) {
        this.secretHash = newHash;
    }

    /** @return whether this call revoked it */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    ApiClient toView() {
        return new ApiClient(new ApiClientId(id), clientId, name, scopes(), createdAt, revokedAt);
    }
}
