package org.inclusio.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The {@link Actor} of the current request, read from Spring Security's context and nowhere else. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof HasActor holder) {
            return Optional.of(holder.actor());
        }
        if (authentication.getPrincipal() instanceof HasActor holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return get().orElseThrow(() -> new AccessDeniedException("No authenticated actor"));
    }
}
