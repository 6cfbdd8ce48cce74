package org.inclusio.identity.internal;

import org.inclusio.tenant.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends invitation links by e-mail when SMTP is configured ({@code spring.mail.host}). Mail leaves after the
 * invitation is committed, on a thread of its own: an invitation by username looks up the account's address only
 * there, so the inviting administrator cannot tell from the answer, or from how long it took, whether the account
 * exists or has an address.
 */
@Component
class InvitationMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    record Letter(UUID invitation, Organisation organisation, String link, Instant expiresAt) {

        @Override
        public String toString() {
            return "Letter[invitation=" + invitation + "]";
        }
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final InvitationProperties properties;
    private final ActorResolver actors;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    InvitationMail(ObjectProvider<JavaMailSender> mailSender, InvitationProperties properties,
                   ActorResolver actors) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.actors = actors;
    }

    boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** After the current transaction commits: to {@code email}, or to the address of the account {@code username}. */
    void sendAfterCommit(Letter letter, Optional<String> email, Optional<String> username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sending.execute(() -> send(letter, email, username));
            }
        });
    }

    private void send(Letter letter, Optional<String> email, Optional<String> username) {
        var sender = mailSender.getIfAvailable();
        Optional<String> to = email.or(() -> username.flatMap(name -> actors.accountByUsername(name)
                .map(UserAccountEntity::email)));
        if (sender == null || to.isEmpty()) {
            return;
        }
        var texts = ResourceBundle.getBundle("mail/invitation",
                "cs".equals(letter.organisation().defaultLanguage()) ? Locale.forLanguageTag("cs") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to.get());
        message.setSubject(MessageFormat.format(texts.getString("subject"), letter.organisation().name()));
        message.setText(MessageFormat.format(texts.getString("body"), letter.organisation().name(), letter.link(),
                EXPIRY.format(letter.expiresAt())));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Invitation {} could not be sent: {}", letter.invitation(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        sending.close();
    }
}
