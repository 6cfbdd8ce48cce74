package org.inclusio.tenant;

import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The organisation and the person a transaction runs for. Normally both come from the authenticated actor. Work
 * that runs before anyone is authenticated — the token endpoint checking a client's secret, the demo-data seeder —
 * binds them explicitly for the duration of one call; {@code ArchitectureTests} limits who may do that.
 */
public final class TenantContext {

    private static final ScopedValue<Binding> BOUND = ScopedValue.newInstance();

    private record Binding(Optional<UUID> tenant, Optional<UUID> user) {
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

    /** Runs {@code work} for one organisation, whatever the security context says. */
    public static <T> T callInTenant(TenantId tenant, Supplier<T> work) {
        return ScopedValue.where(BOUND, new Binding(Optional.of(tenant.value()), Optional.empty())).call(work::get);
    }

    /** Runs {@code work} for one person outside any organisation: they see their own memberships only. */
    public static <T> T callAsUser(UUID user, Supplier<T> work) {
        return ScopedValue.where(BOUND, new Binding(Optional.empty(), Optional.of(user))).call(work::get);
    }
}
