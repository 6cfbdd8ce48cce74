package org.inclusio.identity.internal;

import org.inclusio.identity.Colleagues;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
class ColleaguesImpl implements Colleagues {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;

    ColleaguesImpl(MembershipRepository memberships, UserAccountRepository accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Override
    public List<Colleague> activeWithAnyRole(Set<Role> roles) {
        var members = memberships.findAll().stream()
                .filter(membership -> membership.status() == MemberStatus.ACTIVE)
                .filter(membership -> !Collections.disjoint(membership.roles(), roles))
                .toList();
        var byId = accounts.findAllById(members.stream().map(MembershipEntity::userId).toList()).stream()
                .collect(Collectors.toMap(UserAccountEntity::id, Function.identity()));
        return members.stream().filter(membership -> byId.containsKey(membership.userId()))
                .map(membership -> {
                    var account = byId.get(membership.userId());
                    return new Colleague(new UserAccountId(account.id()), account.username(), account.displayName(),
                            membership.roles());
                })
                .sorted(Comparator.comparing(Colleague::displayName).thenComparing(Colleague::username))
                .toList();
    }

    @Override
    public Map<UserAccountId, String> displayNames(Collection<UserAccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> wanted = ids.stream().map(UserAccountId::value).collect(Collectors.toSet());
        Set<UUID> members = memberships.findAll().stream().map(MembershipEntity::userId)
                .filter(wanted::contains).collect(Collectors.toSet());
        return accounts.findAllById(members).stream()
                .collect(Collectors.toMap(account -> new UserAccountId(account.id()), UserAccountEntity::displayName));
    }
}
