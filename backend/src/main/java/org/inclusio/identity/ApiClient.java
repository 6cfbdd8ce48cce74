package org.inclusio.identity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

public record ApiClient(ApiClientId id, String clientId, String name, Set<ApiScope> scopes, Instant createdAt,
                        @Nullable Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
