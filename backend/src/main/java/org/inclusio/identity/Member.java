package org.inclusio.identity;

import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

public record Member(MembershipId id, UserAccountId user, String username, String displayName,
                     @Nullable String email, Set<Role> roles, MemberStatus status, Instant since) {
}
