package org.inclusio.identity;

import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who the caller is.
 *
 * @param organisation the organisation the caller acts in, or {@code null} (platform administration)
 * @param otherOrganisations where a person could switch to
 * @param hasPassword whether the person signs in with a password kept by Inclusio (not with Keycloak)
 */
public record Me(Actor.Kind kind, UUID id, String name, @Nullable String displayName,
                 @Nullable OrganisationRef organisation, Set<Role> roles, boolean platformAdmin,
                 List<OrganisationRef> otherOrganisations, boolean hasPassword) {

    public record OrganisationRef(UUID id, String slug, String name) {
    }
}
