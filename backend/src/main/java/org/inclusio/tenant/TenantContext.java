package org.inclusio.tenant;

import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The organisation and the person a transaction runs for. Normally both come from the authenticated actor. Work
 * that runs before anyone is authenticated — the token endpoint checking a client's secret, the issuer looking up
 * the account being signed in to, the demo-data seeder — binds them explicitly for the duration of one call;
 * {@code ArchitectureTests} limits who may do that.
 * <p>
 * The binding reaches the database when a transaction begins, so it must be made before the transaction starts:
 * binding inside an open transaction is refused, because the work would silently keep the open transaction's tenant.
 */
public final class TenantContext {

    private static final ScopedValue<Binding> BOUND = ScopedValue.newInstance();

    /**
     * @param signInUsername the one account the issuer may read before anyone is known (row-level security on
     *                       {@code user_account} shows that row only)
     */
    private record Binding(Optional<UUID> tenant, Optional<UUID> user, Optional<String> signInUsername) {
    }

    private TenantContext() {
    }

    public static Optional<UUID> currentTenant() {
        if (BOUND.isBound()) {
            return BOUND.get().tenant();
        }
        return CurrentActor.get().map(Actor::tenantId);
    }

    public static Optional<UUID> currentUser() {
        if (BOUND.isBound()) {
            return BOUND.get().user();
        }
        return CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).map(Actor::id);
    }

    /** The username bound by {@link #callForSignIn}; empty everywhere else. */
    public static Optional<String> currentSignInUsername() {
        return BOUND.isBound() ? BOUND.get().signInUsername() : Optional.empty();
    }

    /** Runs {@code work} for one organisation, whatever the security context says. */
    public static <T> T callInTenant(TenantId tenant, Supplier<T> work) {
        return call(new Binding(Optional.of(tenant.value()), Optional.empty(), Optional.empty()), work);
    }

    /** Runs {@code work} for one person outside any organisation: they see their own account and memberships only. */
    public static <T> T callAsUser(UUID user, Supplier<T> work) {
        return call(new Binding(Optional.empty(), Optional.of(user), Optional.empty()), work);
    }

    /**
     * Runs {@code work} for one person in one organisation they are joining or working in, whatever the security
     * context says: the organisation's data and their own account.
     */
    public static <T> T callAsUserIn(TenantId tenant, UUID user, Supplier<T> work) {
        return call(new Binding(Optional.of(tenant.value()), Optional.of(user), Optional.empty()), work);
    }

    /**
     * Runs {@code work} before anyone is authenticated, for the issuer checking a password: the only account visible
     * is the one with exactly this username, and no organisation's data.
     */
    public static <T> T callForSignIn(String username, Supplier<T> work) {
        return call(new Binding(Optional.empty(), Optional.empty(), Optional.of(username)), work);
    }

    private static <T> T call(Binding binding, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A transaction is already open and keeps the tenant it began with; "
                    + "bind the tenant or user before the transaction starts, not inside it");
        }
        return ScopedValue.where(BOUND, binding).call(work::get);
    }
}
