package org.inclusio.identity.internal;

import org.inclusio.identity.CreateMember;
import org.inclusio.identity.CreatedMember;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberEvents.MemberAdded;
import org.inclusio.identity.MembershipId;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Adds a person to the organisation of the current transaction: a membership for an existing account, or a new
 * account with a one-time password. Who may do it is checked by the callers (organisation or platform administrator).
 */
@Component
class NewMembers {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final ActorResolver actors;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewMembers(MembershipRepository memberships, UserAccountRepository accounts, ActorResolver actors,
               PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.actors = actors;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    CreatedMember add(CreateMember command) {
        var existing = actors.accountByUsername(command.username());
        String initialPassword = null;
        UserAccountEntity account;
        if (existing.isPresent()) {
            account = existing.get();
            if (memberships.findByUserId(account.id()).isPresent()) {
                throw new InvalidInputException("username", "is already a member of this organisation");
            }
        } else {
            initialPassword = randomPassword();
            var created = new UserAccountEntity(command.username(), command.displayName(), command.email(),
                    passwords.encode(initialPassword), false, clock.instant());
            created.requirePasswordChange();
            account = accounts.save(created);
        }
        var membership = memberships.saveAndFlush(new MembershipEntity(account.id(), command.roles(), clock.instant()));
        events.publishEvent(new MemberAdded(new TenantId(TenantContext.currentTenant().orElseThrow()),
                new MembershipId(membership.id()), account.username(), membership.roles()));
        return new CreatedMember(toMember(membership, account), initialPassword);
    }

    static Member toMember(MembershipEntity membership, UserAccountEntity account) {
        return new Member(new MembershipId(membership.id()), new UserAccountId(account.id()), account.username(),
                account.displayName(), account.email(), membership.roles(), membership.status(),
                membership.createdAt());
    }

    private static String randomPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
