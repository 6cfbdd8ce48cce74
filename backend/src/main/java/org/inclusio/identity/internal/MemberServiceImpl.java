package org.inclusio.identity.internal;

import org.inclusio.identity.Member;
import org.inclusio.identity.MemberEvents.MemberDeactivated;
import org.inclusio.identity.MemberEvents.MemberReactivated;
import org.inclusio.identity.MemberEvents.MemberRolesChanged;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Set;

@Service
@Validated
@Transactional(readOnly = true)
class MemberServiceImpl implements MemberService {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;

    MemberServiceImpl(MembershipRepository memberships, UserAccountRepository accounts,
                      ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public List<Member> list() {
        return memberships.findAllByOrderByCreatedAt().stream().map(this::toMember).toList();
    }

    @Override
    public Member get(MembershipId id) {
        return toMember(find(id));
    }

    @Override
    @Transactional
    public Member changeRoles(MembershipId id, Set<Role> roles) {
        var membership = find(id);
        var before = membership.roles();
        if (!before.equals(roles)) {
            preventLockOut(membership, roles.contains(Role.ORG_ADMIN));
            membership.changeRoles(roles);
            events.publishEvent(new MemberRolesChanged(tenant(), id, username(membership), before, roles));
        }
        return toMember(membership);
    }

    @Override
    @Transactional
    public Member deactivate(MembershipId id) {
        var membership = find(id);
        preventLockOut(membership, false);
        if (membership.changeStatus(MemberStatus.DEACTIVATED)) {
            events.publishEvent(new MemberDeactivated(tenant(), id, username(membership)));
        }
        return toMember(membership);
    }

    @Override
    @Transactional
    public Member reactivate(MembershipId id) {
        var membership = find(id);
        if (membership.changeStatus(MemberStatus.ACTIVE)) {
            events.publishEvent(new MemberReactivated(tenant(), id, username(membership)));
        }
        return toMember(membership);
    }

    /** An administrator may not take away the organisation's last active administrator, themselves included. */
    private void preventLockOut(MembershipEntity membership, boolean staysAdmin) {
        boolean isActiveAdmin = membership.status() == MemberStatus.ACTIVE && membership.roles().contains(Role.ORG_ADMIN);
        if (!isActiveAdmin || staysAdmin) {
            return;
        }
        long otherActiveAdmins = memberships.findAll().stream()
                .filter(other -> !other.id().equals(membership.id()))
                .filter(other -> other.status() == MemberStatus.ACTIVE && other.roles().contains(Role.ORG_ADMIN))
                .count();
        if (otherActiveAdmins == 0) {
            throw new InvalidInputException("roles", "the organisation needs at least one active administrator");
        }
    }

    private MembershipEntity find(MembershipId id) {
        return memberships.findById(id.value()).orElseThrow(() -> new NotFoundException("Member"));
    }

    private String username(MembershipEntity membership) {
        return accounts.findById(membership.userId()).map(UserAccountEntity::username).orElseThrow();
    }

    private Member toMember(MembershipEntity membership) {
        return NewMembers.toMember(membership, accounts.findById(membership.userId()).orElseThrow());
    }

    private static TenantId tenant() {
        return new TenantId(TenantContext.currentTenant().orElseThrow());
    }
}
