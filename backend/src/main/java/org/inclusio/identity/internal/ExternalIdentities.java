package org.inclusio.identity.internal;

import org.inclusio.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Inclusio account a verified identity (an ID token at sign-in, an API token) belongs to. The embedded issuer's
 * subject is the username itself, which never changes. A person of an external issuer (Keycloak) is known by issuer
 * and subject: the first time a subject is seen it is linked to the account whose username equals its
 * {@code preferred_username}, if that account has no link at that issuer yet; afterwards only issuer and subject
 * count, so a renamed user keeps their account and whoever takes the old username later does not get it.
 */
@Component
class ExternalIdentities {

    private static final Logger log = LoggerFactory.getLogger(ExternalIdentities.class);

    private final IdentityProperties properties;
    private final ExternalIdentityRepository links;
    private final ActorResolver actors;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    ExternalIdentities(IdentityProperties properties, ExternalIdentityRepository links, ActorResolver actors,
                       UserAccountRepository accounts, Clock clock, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.links = links;
        this.actors = actors;
        this.accounts = accounts;
        this.clock = clock;
        this.readWrite = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The username of the account, or empty when this identity is not (and cannot be) linked to one. */
    Optional<String> username(String issuer, String subject, @Nullable String preferredUsername) {
        if (properties.embeddedIssuer() && properties.issuer().equals(issuer)) {
            return Optional.of(subject);
        }
        Optional<String> linked = linkedUsername(issuer, subject);
        if (linked.isPresent() || preferredUsername == null) {
            return linked;
        }
        try {
            return link(issuer, subject, preferredUsername);
        } catch (DataIntegrityViolationException concurrentFirstUse) {
            // Another request linked this subject (or this account) at the same moment; its link is the one.
            return linkedUsername(issuer, subject);
        }
    }

    /** The linked account is read as its own person: row-level security shows nobody else's. */
    private Optional<String> linkedUsername(String issuer, String subject) {
        return Objects.requireNonNull(readOnly.execute(status -> links.findLinkedAccount(issuer, subject)))
                .flatMap(account -> TenantContext.callAsUser(account, () -> Objects.requireNonNull(
                        readOnly.execute(status -> accounts.findById(account).map(UserAccountEntity::username)))));
    }

    private Optional<String> link(String issuer, String subject, String preferredUsername) {
        return actors.accountByUsername(preferredUsername).flatMap(account -> Objects.requireNonNull(
                readWrite.execute(status -> {
                    if (links.existsByIssuerAndUserAccountId(issuer, account.id())) {
                        return Optional.<String>empty();
                    }
                    links.saveAndFlush(new ExternalIdentityEntity(issuer, subject, account.id(), clock.instant()));
                    log.info("Linked a subject of {} to an Inclusio account on its first sign-in", issuer);
                    return Optional.of(account.username());
                })));
    }
}
