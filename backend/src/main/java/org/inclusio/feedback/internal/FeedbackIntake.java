package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackEvents.FeedbackReceived;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.Receipt;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes in one submission, from the public form, the API or staff typing in paper: checks it against its channel,
 * stores it with the day only, issues the receipt and tells who listens. Runs inside the caller's transaction, with
 * the organisation bound.
 */
@Component
class FeedbackIntake {

    private static final Set<String> RATINGS = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> YES_NO = Set.of("yes", "no");

    private final FeedbackRepository feedback;
    private final ReceiptRepository receipts;
    private final CurrentServiceLevels serviceLevels;
    private final ApplicationEventPublisher events;

    FeedbackIntake(FeedbackRepository feedback, ReceiptRepository receipts, CurrentServiceLevels serviceLevels,
                   ApplicationEventPublisher events) {
        this.feedback = feedback;
        this.receipts = receipts;
        this.serviceLevels = serviceLevels;
        this.events = events;
    }

    /** The stored feedback and the receipt for the person. */
    record Taken(FeedbackEntity feedback, Receipt receipt) {
    }

    /** @throws InvalidInputException for a language the channel does not offer or an answer that does not fit */
    Receipt take(ChannelEntity channel, IntakeChannel intake, LocalDate receivedOn, FeedbackForm form) {
        return store(channel, intake, receivedOn, form).receipt();
    }

    Taken store(ChannelEntity channel, IntakeChannel intake, LocalDate receivedOn, FeedbackForm form) {
        check(channel, form);
        var stored = feedback.saveAndFlush(new FeedbackEntity(channel.id(), intake, receivedOn, form));
        String code = ReceiptCodes.generate();
        receipts.saveAndFlush(new ReceiptEntity(ReceiptCodes.hash(ReceiptCodes.normalise(code).orElseThrow()),
                stored.tenantId(), stored.id()));
        events.publishEvent(new FeedbackReceived(new TenantId(stored.tenantId()),
                new FeedbackId(stored.id()), channel.channelId(), receivedOn,
                stored.sensitive()));
        return new Taken(stored, new Receipt(code, receivedOn.plusDays(serviceLevels.current().answerDays())));
    }

    static void check(ChannelEntity channel, FeedbackForm form) {
        var errors = new ArrayList<FieldError>();
        if (!channel.languages().contains(form.language())) {
            errors.add(new FieldError("language", "is not offered by this channel"));
        }
        Map<String, Question> questions = channel.questions().stream()
                .collect(Collectors.toMap(Question::key, Function.identity()));
        form.answers().forEach((key, answer) -> {
            Question question = questions.get(key);
            if (question == null) {
                errors.add(new FieldError("answers." + key, "is not a question of this channel"));
            } else if (!fits(question, answer)) {
                errors.add(new FieldError("answers." + key, "does not answer this question"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    private static boolean fits(Question question, String answer) {
        return switch (question.kind()) {
            case RATING -> RATINGS.contains(answer);
            case YES_NO -> YES_NO.contains(answer);
            case SINGLE_CHOICE -> question.choices().stream().anyMatch(choice -> choice.key().equals(answer));
            case SHORT_TEXT -> !answer.isBlank() && answer.length() <= 500;
        };
    }
}
