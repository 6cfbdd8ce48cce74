package org.inclusio.identity.internal;

import org.inclusio.identity.AlertAddresses;
import org.inclusio.identity.MemberStatus;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

@Service
@Transactional(readOnly = true)
class AlertAddressesImpl implements AlertAddresses {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;

    AlertAddressesImpl(MembershipRepository memberships, UserAccountRepository accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Override
    public List<String> activeWithRole(Role role) {
        if (CurrentActor.require().kind() != Actor.Kind.SYSTEM) {
            throw new AccessDeniedException("Alert addresses are for Inclusio's own work");
        }
        var holders = memberships.findAll().stream()
                .filter(membership -> membership.status() == MemberStatus.ACTIVE && membership.roles().contains(role))
                .map(MembershipEntity::userId).toList();
        return accounts.findAllById(holders).stream().filter(UserAccountEntity::active)
                .map(UserAccountEntity::email).filter(Objects::nonNull).sorted().toList();
    }
}
