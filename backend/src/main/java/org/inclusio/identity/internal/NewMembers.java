package org.inclusio.identity.internal;

import org.inclusio.identity.Member;
import org.inclusio.identity.MemberEvents.MemberAdded;
import org.inclusio.identity.MembershipId;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * Makes an account a member of the organisation of the current transaction: when the person accepts an invitation,
 * or for demo data. The first organisation a person joins becomes their default. Who may do it is checked by the
 * callers.
 */
@Component
class NewMembers {

    private final MembershipRepository memberships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewMembers(MembershipRepository memberships, ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    /** @param account managed in the current transaction, so that a first default organisation is saved with it */
    MembershipEntity add(UserAccountEntity account, Set<Role> roles) {
        var tenant = new TenantId(TenantContext.currentTenant().orElseThrow());
        if (memberships.findByUserId(account.id()).isPresent()) {
            throw new InvalidInputException("invitation", "you are already a member of this organisation");
        }
        var membership = memberships.saveAndFlush(new MembershipEntity(account.id(), roles, clock.instant()));
        account.joined(tenant.value());
        events.publishEvent(new MemberAdded(tenant, new MembershipId(membership.id()), account.username(),
                membership.roles()));
        return membership;
    }

    static Member toMember(MembershipEntity membership, UserAccountEntity account) {
        return new Member(new MembershipId(membership.id()), new UserAccountId(account.id()), account.username(),
                account.displayName(), account.email(), membership.roles(), membership.status(),
                membership.createdAt());
    }
}
