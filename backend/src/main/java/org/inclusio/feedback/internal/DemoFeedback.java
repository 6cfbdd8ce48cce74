package org.inclusio.feedback.internal;

import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.QuestionKind;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A demo feedback channel for {@code demo-city}, "Tell us how we did", open in six languages. An organisation that
 * already has channels is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    static final List<String> LANGUAGES = List.of("en", "ar", "uk", "fa", "fr", "cs");

    private final OrganisationDirectory organisations;
    private final FeedbackChannelService channels;
    private final Clock clock;

    DemoFeedback(OrganisationDirectory organisations, FeedbackChannelService channels, Clock clock) {
        this.organisations = organisations;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations.findBySlug("demo-city").ifPresent(city -> SystemWork.callIn("demo-data", city.id().value(),
                Set.of(Role.MANAGER), () -> {
                    if (channels.list().isEmpty()) {
                        channels.create(channel());
                        log.info("Demo feedback channel ready for {}", city.slug());
                    }
                    return null;
                }));
    }

    private ChannelDetails channel() {
        var waited = new Question("waiting-time", QuestionKind.RATING, Map.of(
                "en", "How do you rate the waiting time?",
                "ar", "كيف تقيّم وقت الانتظار؟",
                "uk", "Як ви оцінюєте час очікування?",
                "fa", "زمان انتظار را چگونه ارزیابی می‌کنید؟",
                "fr", "Comment évaluez-vous le temps d'attente ?",
                "cs", "Jak hodnotíte dobu čekání?"), List.of());
        var understood = new Question("understood", QuestionKind.YES_NO, Map.of(
                "en", "Did you understand the information you were given?",
                "ar", "هل فهمت المعلومات التي قُدّمت لك؟",
                "uk", "Чи зрозуміли ви надану вам інформацію?",
                "fa", "آیا اطلاعاتی را که به شما داده شد فهمیدید؟",
                "fr", "Avez-vous compris les informations reçues ?",
                "cs", "Rozuměli jste informacím, které jste dostali?"), List.of());
        return new ChannelDetails("Tell us how we did", null, LANGUAGES, LocalDate.now(clock).minusMonths(8), null,
                null, List.of(waited, understood));
    }
}
