package org.inclusio.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Work Inclusio does itself, with explicit rights, when nobody signed in for it: demo data and scheduled jobs. The
 * actor is visible to services, method security and the tenant binding exactly as a signed-in person would be.
 */
public final class SystemWork {

    private static final UUID SYSTEM_ID = new UUID(0, 0);

    private SystemWork() {
    }

    /** Acts in {@code tenant} (or outside any when {@code null}) with the given roles, named {@code name} in logs. */
    public static <T> T call(String name, @Nullable UUID tenant, Set<Role> roles, boolean platformAdmin,
                             Supplier<T> work) {
        var actor = new Actor(Actor.Kind.SYSTEM, SYSTEM_ID, name, tenant, roles, platformAdmin);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication(actor));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static <T> T callIn(String name, UUID tenant, Set<Role> roles, Supplier<T> work) {
        return call(name, tenant, roles, false, work);
    }
}
