package org.inclusio.identity.internal;

import org.inclusio.identity.AccountEvents;
import org.inclusio.identity.Me;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.identity.ProfileService;
import org.inclusio.identity.TooManyAttemptsException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
class ProfileServiceImpl implements ProfileService {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes of a password (UTF-8: an accented letter takes two). */
    static final int MAXIMUM_PASSWORD_BYTES = 72;

    private final ActorResolver actors;
    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final SignInAuditing auditing;

    ProfileServiceImpl(ActorResolver actors, UserAccountRepository accounts, OrganisationDirectory organisations,
                       PasswordEncoder passwords, ApplicationEventPublisher events, SignInThrottle throttle,
                       SignInAuditing auditing) {
        this.actors = actors;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.throttle = throttle;
        this.auditing = auditing;
    }

    @Override
    @Transactional(readOnly = true)
    public Me me() {
        return describe(CurrentActor.require());
    }

    private Me describe(Actor actor) {
        var current = actor.tenantId() == null ? null
                : organisations.find(new TenantId(actor.tenantId())).map(ProfileServiceImpl::ref).orElse(null);
        if (actor.kind() != Actor.Kind.USER) {
            return new Me(actor.kind(), actor.id(), actor.name(), null, current, actor.roles(), false, List.of(),
                    false);
        }
        List<Me.OrganisationRef> others = actors.usableMemberships(actor.id()).stream()
                .map(ActorResolver.UsableMembership::organisation)
                .filter(organisation -> !organisation.id().value().equals(actor.tenantId()))
                .map(ProfileServiceImpl::ref)
                .toList();
        var account = accounts.findById(actor.id());
        return new Me(actor.kind(), actor.id(), actor.name(), account.map(UserAccountEntity::displayName).orElse(null),
                current, actor.roles(), actor.platformAdmin(), others,
                account.map(existing -> existing.passwordHash() != null).orElse(false));
    }

    @Override
    @Transactional
    public Switched switchTo(TenantId organisation) {
        Actor actor = CurrentActor.require();
        if (actor.kind() != Actor.Kind.USER) {
            throw new NotFoundException("Organisation");
        }
        var account = accounts.findById(actor.id()).orElseThrow(() -> new NotFoundException("Organisation"));
        var switched = actors.forAccount(account, organisation.value())
                .orElseThrow(() -> new NotFoundException("Organisation"));
        account.chooseDefaultOrganisation(organisation.value());
        actors.forgetRecentActors();
        return new Switched(switched, describe(switched));
    }

    @Override
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Actor actor = CurrentActor.require();
        var account = accounts.findById(actor.id())
                .filter(existing -> actor.kind() == Actor.Kind.USER && existing.passwordHash() != null)
                .orElseThrow(() -> new InvalidInputException("currentPassword", "this account has no password here"));
        var attempt = SignInThrottle.Attempt.personInThisRequest(account.username());
        throttle.lockedFor(attempt).ifPresent(wait -> {
            throw new TooManyAttemptsException("currentPassword", wait);
        });
        if (!PasswordSignIn.BcryptLimit.fits(currentPassword)
                || !passwords.matches(currentPassword, account.passwordHash())) {
            var failure = throttle.failed(attempt);
            auditing.refused(account.username(), "wrong current password", failure);
            failure.retryAfter().ifPresent(wait -> {
                throw new TooManyAttemptsException("currentPassword", wait);
            });
            throw new InvalidInputException("currentPassword", "is not correct");
        }
        throttle.succeeded(attempt);
        if (newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException("newPassword",
                    "must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (!PasswordSignIn.BcryptLimit.fits(newPassword)) {
            throw new InvalidInputException("newPassword", "must not be longer than " + MAXIMUM_PASSWORD_BYTES
                    + " bytes (a letter with an accent counts as two, some other characters as three or four)");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        account.changePassword(passwords.encode(newPassword));
        events.publishEvent(new AccountEvents.PasswordChanged(new UserAccountId(account.id()), account.username()));
    }

    private static Me.OrganisationRef ref(Organisation organisation) {
        return new Me.OrganisationRef(organisation.id().value(), organisation.slug(), organisation.name());
    }
}
