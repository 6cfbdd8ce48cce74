package org.inclusio.identity.internal;

import org.inclusio.identity.InvitationEvents.InvitationAccepted;
import org.inclusio.identity.InvitationEvents.InvitationDeclined;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.MembershipId;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Accepting and declining an invitation, inside the inviting organisation's transaction. Platform administrators
 * never join an organisation (they must see no organisation data), and an appointment is refused when its address
 * belongs to a platform administrator by now.
 */
@Component
class InvitationAnswers {

    static final String NO_PLATFORM_ADMINISTRATOR = "a platform administrator cannot be appointed";

    private final NewMembers newMembers;
    private final UserAccountRepository accounts;
    private final ActorResolver actors;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationAnswers(NewMembers newMembers, UserAccountRepository accounts, ActorResolver actors,
                      OrganisationDirectory organisations, ApplicationEventPublisher events, Clock clock) {
        this.newMembers = newMembers;
        this.accounts = accounts;
        this.actors = actors;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** The invitation, if it can still be answered: pending, not expired, of an organisation that is active. */
    boolean isUsable(InvitationEntity invitation) {
        return invitation.isUsable(clock.instant())
                && organisations.find(new TenantId(invitation.tenantId())).filter(Organisation::isActive).isPresent();
    }

    /** Whether the invitation is addressed to this account by its username or e-mail address. */
    static boolean isAddressedTo(InvitationEntity invitation, UserAccountEntity account) {
        return account.username().equals(invitation.username())
                || account.email() != null && account.email().equalsIgnoreCase(invitation.email());
    }

    /**
     * Whether a platform administrator's account has this username, or this e-mail address among the accounts the
     * transaction may see (row-level security: the acting person's own); an invitation to another platform
     * administrator's e-mail address is refused when that account tries to accept it.
     */
    boolean isPlatformAdministrator(@Nullable String email, @Nullable String username) {
        return username != null && actors.accountByUsername(username).filter(UserAccountEntity::platformAdmin).isPresent()
                || email != null && accounts.existsByPlatformAdminTrueAndEmailIgnoreCase(email);
    }

    MembershipEntity accept(InvitationEntity invitation, UserAccountEntity account) {
        requireUsable(invitation);
        if (account.platformAdmin()) {
            throw new InvalidInputException("invitation", "a platform administrator cannot join an organisation");
        }
        if (invitation.platformAppointment() && isPlatformAdministrator(invitation.email(), invitation.username())) {
            throw new InvalidInputException("invitation", NO_PLATFORM_ADMINISTRATOR);
        }
        var membership = newMembers.add(account, invitation.roles());
        invitation.accept(membership.id(), clock.instant());
        events.publishEvent(new InvitationAccepted(tenant(), new InvitationId(invitation.id()),
                new UserAccountId(account.id()), account.username(), new MembershipId(membership.id()),
                invitation.platformAppointment()));
        return membership;
    }

    void decline(InvitationEntity invitation, UserAccountEntity account) {
        requireUsable(invitation);
        invitation.decline(clock.instant());
        events.publishEvent(new InvitationDeclined(tenant(), new InvitationId(invitation.id()),
                new UserAccountId(account.id()), account.username(), invitation.platformAppointment()));
    }

    private void requireUsable(InvitationEntity invitation) {
        if (!isUsable(invitation)) {
            throw new NotFoundException("Invitation");
        }
    }

    private static TenantId tenant() {
        return new TenantId(TenantContext.currentTenant().orElseThrow());
    }
}
