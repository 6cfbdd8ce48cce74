package org.inclusio.identity.internal;

import org.inclusio.identity.ApiClientEvents;
import org.inclusio.identity.ApiScope;
import org.inclusio.identity.MemberEvents;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.OrganisationStatusChanged;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a verified credential (a signed-in person, a token) into the {@link Actor} a request acts as. This is the one
 * place that decides which organisation a request belongs to, and it refuses suspended organisations, deactivated
 * members and revoked clients.
 * <p>
 * API requests ask for the same actor again and again, so a resolved actor is reused for at most
 * {@link #ACTOR_CACHE_LIFETIME}, and forgotten at once when a membership, an API client or an organisation's status
 * changes on this node. A suspension, deactivation or revocation therefore takes effect within one second, on every
 * node.
 */
@Component
class ActorResolver {

    static final Duration ACTOR_CACHE_LIFETIME = Duration.ofSeconds(1);
    private static final int ACTOR_CACHE_LIMIT = 10_000;

    private final UserAccountRepository accounts;
    private final OwnMembershipRepository ownMemberships;
    private final ApiClientDirectoryRepository clientDirectory;
    private final ApiClientRepository clients;
    private final OrganisationDirectory organisations;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate outsideTransactions;
    private final Clock clock;
    private final Map<String, UUID> clientOrganisations = new ConcurrentHashMap<>();
    private final Map<ActorKey, CachedActor> recentActors = new ConcurrentHashMap<>();

    private record ActorKey(Actor.Kind kind, String name, @Nullable UUID requestedTenant, Set<String> scopes) {
    }

    private record CachedActor(Optional<Actor> actor, Instant expires) {
    }

    ActorResolver(UserAccountRepository accounts, OwnMembershipRepository ownMemberships,
                  ApiClientDirectoryRepository clientDirectory, ApiClientRepository clients,
                  OrganisationDirectory organisations, PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.ownMemberships = ownMemberships;
        this.clientDirectory = clientDirectory;
        this.clients = clients;
        this.organisations = organisations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.outsideTransactions = new TransactionTemplate(transactions);
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.clock = clock;
    }

    /**
     * The organisations a person may act in, by name: active membership in an active organisation. Inside a
     * transaction of that same person (their profile) it reads there; otherwise in a read-only transaction of its own.
     */
    List<UsableMembership> usableMemberships(UUID user) {
        Supplier<List<UsableMembership>> read = () -> {
            Map<UUID, OwnMembershipEntity> active = ownMemberships.findByUserId(user).stream()
                    .filter(OwnMembershipEntity::isActive)
                    .collect(Collectors.toMap(OwnMembershipEntity::tenantId, Function.identity()));
            return organisations.findAll(active.keySet().stream().map(TenantId::new).toList()).stream()
                    .filter(Organisation::isActive)
                    .sorted(Comparator.comparing(Organisation::name))
                    .map(organisation -> new UsableMembership(organisation,
                            active.get(organisation.id().value()).roles()))
                    .toList();
        };
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TenantContext.currentUser().filter(user::equals).isPresent()) {
            return read.get();
        }
        return Objects.requireNonNull(TenantContext.callAsUser(user, () -> readOnly.execute(status -> read.get())));
    }

    record UsableMembership(Organisation organisation, Set<Role> roles) {
    }

    /**
     * The account with exactly this username, read before anyone is known (the issuer checking a password, a verified
     * token naming a person): row-level security shows that one row and nothing else. Runs outside any open
     * transaction.
     */
    Optional<UserAccountEntity> accountByUsername(String username) {
        return Objects.requireNonNull(outsideTransactions.execute(outside -> TenantContext.callForSignIn(username,
                () -> readOnly.execute(status -> accounts.findByUsername(username)))));
    }

    Optional<Actor> forUsername(String username, @Nullable UUID requestedTenant) {
        return recent(new ActorKey(Actor.Kind.USER, username, requestedTenant, Set.of()),
                () -> accountByUsername(username)
                        .filter(UserAccountEntity::active)
                        .flatMap(account -> forAccount(account, requestedTenant)));
    }

    /**
     * @param requestedTenant the organisation asked for; when it is not usable the result is empty rather than
     *                        another organisation
     */
    Optional<Actor> forAccount(UserAccountEntity account, @Nullable UUID requestedTenant) {
        if (!account.active()) {
            return Optional.empty();
        }
        var usable = usableMemberships(account.id());
        Optional<UsableMembership> chosen;
        if (requestedTenant != null) {
            chosen = usable.stream().filter(m -> m.organisation().id().value().equals(requestedTenant)).findFirst();
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
        } else {
            chosen = usable.stream()
                    .filter(m -> m.organisation().id().value().equals(account.defaultOrganisationId()))
                    .findFirst()
                    .or(() -> usable.stream().findFirst());
        }
        if (chosen.isEmpty()) {
            return account.platformAdmin()
                    ? Optional.of(new Actor(Actor.Kind.USER, account.id(), account.username(), null, Set.of(), true))
                    : Optional.empty();
        }
        return Optional.of(new Actor(Actor.Kind.USER, account.id(), account.username(),
                chosen.get().organisation().id().value(), chosen.get().roles(), account.platformAdmin()));
    }

    /** Client ids never move between organisations, so the directory is read once per client id. */
    Optional<UUID> tenantOfClient(String clientId) {
        var known = clientOrganisations.get(clientId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> tenant = readOnly.execute(status -> clientDirectory.findById(clientId))
                .map(ApiClientDirectoryEntity::organisationId);
        tenant.ifPresent(organisation -> clientOrganisations.put(clientId, organisation));
        return tenant;
    }

    /** A machine client's actor: roles of the scopes it holds and that the token carries. */
    Optional<Actor> forClient(String clientId, Set<String> tokenScopes) {
        return recent(new ActorKey(Actor.Kind.CLIENT, clientId, null, Set.copyOf(tokenScopes)),
                () -> activeClient(clientId)
                        .map(client -> {
                            var roles = EnumSet.noneOf(Role.class);
                            client.scopes().stream().filter(scope -> tokenScopes.contains(scope.value()))
                                    .map(ApiScope::role).forEach(roles::add);
                            return new Actor(Actor.Kind.CLIENT, client.id(), client.clientId(), client.tenantId(),
                                    roles, false);
                        }));
    }

    /**
     * A client that is not revoked, of an organisation that is not suspended: one read-only transaction inside the
     * client's organisation.
     */
    Optional<ApiClientEntity> activeClient(String clientId) {
        return tenantOfClient(clientId).flatMap(tenant -> TenantContext.callInTenant(new TenantId(tenant),
                () -> readOnly.execute(status -> organisations.find(new TenantId(tenant))
                        .filter(Organisation::isActive)
                        .flatMap(organisation -> clients.findByClientId(clientId))
                        .filter(client -> !client.isRevoked()))));
    }

    /** Forgets every recently resolved actor: the next request of anybody resolves afresh. */
    void forgetRecentActors() {
        recentActors.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberEvents event) {
        forgetRecentActors();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApiClientEvents event) {
        forgetRecentActors();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationStatusChanged event) {
        forgetRecentActors();
    }

    private Optional<Actor> recent(ActorKey key, Supplier<Optional<Actor>> resolve) {
        Instant now = clock.instant();
        var cached = recentActors.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.actor();
        }
        var actor = resolve.get();
        if (recentActors.size() >= ACTOR_CACHE_LIMIT) {
            recentActors.clear();
        }
        recentActors.put(key, new CachedActor(actor, now.plus(ACTOR_CACHE_LIFETIME)));
        return actor;
    }
}
