package org.inclusio.identity.internal;

import org.inclusio.identity.InvitationDelivery;
import org.inclusio.identity.InvitationLinks;
import org.inclusio.identity.NewAccount;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

@Service
@Validated
class InvitationLinksImpl implements InvitationLinks {

    /** BCrypt reads no further than 72 bytes: a longer password would be cut without anyone noticing. */
    static final int MAXIMUM_PASSWORD_BYTES = 72;

    private final InvitationLinkRepository links;
    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final ActorResolver actors;
    private final OrganisationDirectory organisations;
    private final InvitationAnswers answers;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    InvitationLinksImpl(InvitationLinkRepository links, InvitationRepository invitations,
                        UserAccountRepository accounts, ActorResolver actors, OrganisationDirectory organisations,
                        InvitationAnswers answers, PasswordEncoder passwords, PlatformTransactionManager transactions,
                        Clock clock) {
        this.links = links;
        this.invitations = invitations;
        this.accounts = accounts;
        this.actors = actors;
        this.organisations = organisations;
        this.answers = answers;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public Optional<LinkedInvitation> open(String token) {
        return link(token).flatMap(link -> TenantContext.callInTenant(new TenantId(link.organisationId()),
                () -> readOnly.execute(status -> invitations.findById(link.invitationId())
                        .filter(answers::isUsable)
                        .flatMap(invitation -> organisations.find(new TenantId(invitation.tenantId()))
                                .map(organisation -> new LinkedInvitation(organisation.name(), invitation.roles(),
                                        invitation.displayName(), invitation.expiresAt()))))));
    }

    @Override
    public void createAccount(String token, NewAccount account) {
        checkPassword(account.password());
        var link = link(token).orElseThrow(() -> new NotFoundException("Invitation"));
        if (actors.accountByUsername(account.username()).isPresent()) {
            throw new InvalidInputException("username", "is taken; choose another one");
        }
        String passwordHash = passwords.encode(account.password());
        var id = UUID.randomUUID();
        // the new person acts for themselves in the organisation they join: their own account row, its data
        TenantContext.callAsUserIn(new TenantId(link.organisationId()), id, () -> transaction.execute(status -> {
            var invitation = invitations.findById(link.invitationId()).filter(answers::isUsable)
                    .orElseThrow(() -> new NotFoundException("Invitation"));
            // only an address the link was mailed to is known to be the person's
            String email = invitation.delivery() == InvitationDelivery.EMAIL ? invitation.email() : null;
            var created = accounts.save(new UserAccountEntity(id, account.username(), account.displayName(), email,
                    passwordHash, false, clock.instant()));
            answers.accept(invitation, created);
            return null;
        }));
    }

    static void checkPassword(String password) {
        if (password.length() < ProfileServiceImpl.MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "must have at least " + ProfileServiceImpl.MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
            throw new InvalidInputException("password", "must not be longer than " + MAXIMUM_PASSWORD_BYTES
                    + " bytes (about 72 letters, fewer with accents or other scripts)");
        }
    }

    private Optional<InvitationLinkEntity> link(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return readOnly.execute(status -> links.findById(InvitationTokens.hash(token)));
    }
}
