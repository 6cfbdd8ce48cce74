package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvaluationEvents.DraftOpened;
import org.inclusio.identity.AlertAddresses;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells the organisation's active managers by e-mail that a scheduled draft evaluation is open, once it is stored,
 * when SMTP is configured (the invitations' settings). The mail names the practice and the period and links to the
 * draft; in the app the draft is at the top of the evaluations.
 */
@Component
class DraftMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DraftMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AlertAddresses addresses;
    private final OrganisationDirectory organisations;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    DraftMail(ObjectProvider<JavaMailSender> mailSender, AlertAddresses addresses, OrganisationDirectory organisations,
              @Value("${inclusio.feedback.mail-from:inclusio@localhost}") String from,
              @Value("${inclusio.feedback.public-base-url}") String baseUrl) {
        this.mailSender = mailSender;
        this.addresses = addresses;
        this.organisations = organisations;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DraftOpened event) {
        if (mailSender.getIfAvailable() != null) {
            organisations.find(event.organisation()).ifPresent(organisation ->
                    sending.execute(() -> send(organisation, event)));
        }
    }

    private void send(Organisation organisation, DraftOpened event) {
        var sender = mailSender.getObject();
        var recipients = SystemWork.callIn("evaluation-draft-mail", organisation.id().value(), Set.of(),
                () -> addresses.activeWithRole(Role.MANAGER));
        Locale locale = "cs".equals(organisation.defaultLanguage()) ? Locale.forLanguageTag("cs") : Locale.ROOT;
        var texts = ResourceBundle.getBundle("mail/evaluation-draft", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale == Locale.ROOT ? Locale.UK : locale);
        for (String recipient : recipients) {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient);
            message.setSubject(MessageFormat.format(texts.getString("subject"), event.practiceName()));
            message.setText(MessageFormat.format(texts.getString("body"), event.practiceName(),
                    dates.format(event.periodFrom()), dates.format(event.periodTo()),
                    baseUrl + "/evaluations/" + event.evaluation(), organisation.name()));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("A draft evaluation mail of {} could not be sent: {}", organisation.slug(),
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        sending.close();
    }
}
