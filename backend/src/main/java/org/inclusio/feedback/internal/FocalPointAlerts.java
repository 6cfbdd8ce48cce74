package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackEvents.FeedbackReceived;
import org.inclusio.identity.AlertAddresses;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * When a sensitive report has been stored (after commit), every active protection focal point of the organisation
 * with an e-mail address gets a mail saying only that one arrived, when SMTP is configured ({@code spring.mail.host},
 * the same settings as invitations). Nothing of the report is in it. In the app, the focal points see the count of
 * unacknowledged sensitive reports.
 */
@Component
class FocalPointAlerts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FocalPointAlerts.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AlertAddresses addresses;
    private final OrganisationDirectory organisations;
    private final FeedbackProperties properties;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    FocalPointAlerts(ObjectProvider<JavaMailSender> mailSender, AlertAddresses addresses,
                     OrganisationDirectory organisations, FeedbackProperties properties) {
        this.mailSender = mailSender;
        this.addresses = addresses;
        this.organisations = organisations;
        this.properties = properties;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackReceived event) {
        if (event.sensitive() && mailSender.getIfAvailable() != null) {
            organisations.find(event.organisation()).ifPresent(organisation ->
                    sending.execute(() -> send(organisation)));
        }
    }

    private void send(Organisation organisation) {
        var sender = mailSender.getObject();
        var recipients = SystemWork.callIn("focal-point-alert", organisation.id().value(), Set.of(),
                () -> addresses.activeWithRole(Role.PROTECTION_FOCAL_POINT));
        var texts = ResourceBundle.getBundle("mail/feedback-alert",
                "cs".equals(organisation.defaultLanguage()) ? Locale.forLanguageTag("cs") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String recipient : recipients) {
            var message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(recipient);
            message.setSubject(MessageFormat.format(texts.getString("subject"), organisation.name()));
            message.setText(MessageFormat.format(texts.getString("body"), organisation.name(),
                    properties.staffUrl()));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("A focal point alert of {} could not be sent: {}", organisation.slug(),
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        sending.close();
    }
}
