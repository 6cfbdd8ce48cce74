package org.inclusio.identity;

import org.inclusio.shared.security.Role;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a machine client may do: it acts with the roles of the scopes it was granted and requested. Protection
 * focal point is deliberately not available to machines.
 */
public enum ApiScope {
    ORG_ADMIN("org_admin", Role.ORG_ADMIN),
    MANAGER("manager", Role.MANAGER),
    CASEWORKER("caseworker", Role.CASEWORKER),
    INTERCULTURAL_WORKER("intercultural_worker", Role.INTERCULTURAL_WORKER);

    private final String value;
    private final Role role;

    ApiScope(String value, Role role) {
        this.value = value;
        this.role = role;
    }

    public String value() {
        return value;
    }

    public Role role() {
        return role;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
