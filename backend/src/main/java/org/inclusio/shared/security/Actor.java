package org.inclusio.shared.security;

import org.jspecify.annotations.Nullable;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in person or a machine client, in which organisation, with which roles there. Built only
 * from an authenticated principal (session or verified JWT); the current organisation is part of it, which is why the
 * tenant can never come from a request parameter or header.
 *
 * @param kind person, machine client or the system
 * @param id the user account id or the API client id
 * @param name username or client id, for the audit log
 * @param tenantId the current organisation, or {@code null} when acting outside any (platform administration)
 * @param roles roles in the current organisation
 * @param platformAdmin whether this person administers the platform
 */
public record Actor(Kind kind, UUID id, String name, @Nullable UUID tenantId, Set<Role> roles, boolean platformAdmin) {

    /** A signed-in person, a machine client, or Inclusio itself doing work nobody signed in for. */
    public enum Kind { USER, CLIENT, SYSTEM }

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
