package org.inclusio.identity;

/** @param secret shown once; only its hash is stored */
public record CreatedApiClient(ApiClient client, String secret) {

    @Override
    public String toString() {
        return "CreatedApiClient[client=" + client.clientId() + "]";
    }
}
