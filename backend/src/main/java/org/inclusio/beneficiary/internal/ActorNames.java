package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.CaseFileRevision.ActorKind;
import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names for the ids stored in revisions and the read log: members by display name; machine clients by client id,
 * which only organisation admins may list; the system as {@code system}.
 */
@Component
class ActorNames {

    record Acting(ActorKind kind, UUID id) {
    }

    private final Colleagues colleagues;
    private final ApiClientService clients;

    ActorNames(Colleagues colleagues, ApiClientService clients) {
        this.colleagues = colleagues;
        this.clients = clients;
    }

    Function<Acting, @Nullable String> of(Collection<Acting> actors) {
        var users = colleagues.displayNames(actors.stream().filter(actor -> actor.kind() == ActorKind.USER)
                .map(actor -> new UserAccountId(actor.id())).collect(Collectors.toSet()));
        Map<UUID, String> clientIds = actors.stream().anyMatch(actor -> actor.kind() == ActorKind.CLIENT)
                && CurrentActor.require().hasRole(Role.ORG_ADMIN)
                ? clients.list().stream().collect(Collectors.toMap(client -> client.id().value(), ApiClient::clientId))
                : Map.of();
        return actor -> switch (actor.kind()) {
            case USER -> users.get(new UserAccountId(actor.id()));
            case CLIENT -> clientIds.get(actor.id());
            case SYSTEM -> "system";
        };
    }
}
