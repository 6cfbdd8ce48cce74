package org.inclusio.identity;

import org.inclusio.tenant.TenantId;

public sealed interface ApiClientEvents {

    TenantId organisation();

    ApiClientId client();

    String clientId();

    record ApiClientCreated(TenantId organisation, ApiClientId client, String clientId) implements ApiClientEvents {
    }

    record ApiClientRevoked(TenantId organisation, ApiClientId client, String clientId) implements ApiClientEvents {
    }
}
