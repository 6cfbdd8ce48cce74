package org.inclusio.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/** The Spring Security authorities of an actor: its roles in the current organisation, and what it is. */
public final class ActorAuthorities {

    private ActorAuthorities() {
    }

    public static List<GrantedAuthority> of(Actor actor) {
        var authorities = new ArrayList<GrantedAuthority>();
        if (actor.tenantId() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER));
            actor.roles().stream().sorted().map(role -> new SimpleGrantedAuthority(role.authority()))
                    .forEach(authorities::add);
        }
        if (actor.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN));
        }
        return List.copyOf(authorities);
    }
}
