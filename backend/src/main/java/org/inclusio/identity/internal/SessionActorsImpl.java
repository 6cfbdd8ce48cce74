package org.inclusio.identity.internal;

import org.inclusio.identity.AccountEvents;
import org.inclusio.identity.MemberEvents;
import org.inclusio.identity.SessionActors;
import org.inclusio.shared.security.Actor;
import org.inclusio.tenant.OrganisationStatusChanged;
import org.inclusio.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-resolves a session's actor like a sign-in would, in the organisation the session works in. Verdicts are kept
 * for {@link SessionCheckProperties#maxAge()} and forgotten as soon as a membership, an account or an organisation's
 * status changes on this node.
 */
@Component
class SessionActorsImpl implements SessionActors {

    private final UserAccountRepository accounts;
    private final ActorResolver resolver;
    private final TransactionTemplate readOnly;
    private final SessionCheckProperties properties;
    private final Clock clock;
    private final Map<Key, Verdict> verdicts = new ConcurrentHashMap<>();
    /** Bumped by every change, so that a verdict computed while the change was committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    SessionActorsImpl(UserAccountRepository accounts, ActorResolver resolver, PlatformTransactionManager transactions,
                      SessionCheckProperties properties, Clock clock) {
        this.accounts = accounts;
        this.resolver = resolver;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.properties = properties;
        this.clock = clock;
    }

    private record Key(UUID account, @Nullable UUID tenant) {
    }

    private record Verdict(Optional<Actor> actor, Instant checkedAt, long generation) {
    }

    @Override
    public Optional<Actor> refresh(Actor actor) {
        if (actor.kind() != Actor.Kind.USER) {
            throw new IllegalArgumentException("Only people have sessions");
        }
        var key = new Key(actor.id(), actor.tenantId());
        Instant now = clock.instant();
        long current = generation.get();
        var known = verdicts.get(key);
        if (known != null && known.generation() == current
                && known.checkedAt().plus(properties.maxAge()).isAfter(now)) {
            return known.actor();
        }
        var fresh = resolve(actor);
        if (verdicts.size() > 10_000) {
            verdicts.values().removeIf(verdict -> !verdict.checkedAt().plus(properties.maxAge()).isAfter(now));
        }
        verdicts.put(key, new Verdict(fresh, now, current));
        return fresh;
    }

    private Optional<Actor> resolve(Actor actor) {
        var account = TenantContext.callAsUser(actor.id(),
                () -> readOnly.execute(status -> accounts.findById(actor.id())));
        if (account == null || account.isEmpty() || !account.get().active()) {
            return Optional.empty();
        }
        if (actor.tenantId() == null) {
            // platform administration outside any organisation: stays only while the account keeps that right
            return account.get().platformAdmin()
                    ? Optional.of(new Actor(Actor.Kind.USER, actor.id(), account.get().username(), null, Set.of(), true))
                    : Optional.empty();
        }
        return resolver.forAccount(account.get(), actor.tenantId());
    }

    @TransactionalEventListener(classes = {MemberEvents.class, AccountEvents.class, OrganisationStatusChanged.class},
            fallbackExecution = true)
    void forgetVerdicts() {
        generation.incrementAndGet();
        verdicts.clear();
    }
}
