package org.inclusio.feedback.internal;

import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.QuestionKind;
import org.inclusio.practice.PracticeDirectory;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.RandomSecrets;
import org.inclusio.tenant.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

@Service
@Validated
@Transactional(readOnly = true)
class FeedbackChannelServiceImpl implements FeedbackChannelService {

    /** 24 random bytes: 192 bits, 32 URL-safe characters. */
    private static final int TOKEN_BYTES = 24;

    private final ChannelRepository channels;
    private final ChannelDirectoryRepository directory;
    private final FeedbackRepository feedback;
    private final FeedbackProperties properties;
    private final PracticeDirectory practices;
    private final Clock clock;

    FeedbackChannelServiceImpl(ChannelRepository channels, ChannelDirectoryRepository directory,
                               FeedbackRepository feedback, FeedbackProperties properties,
                               PracticeDirectory practices, Clock clock) {
        this.channels = channels;
        this.directory = directory;
        this.feedback = feedback;
        this.properties = properties;
        this.practices = practices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FeedbackChannel create(ChannelDetails details) {
        check(details);
        refuseUnknownPractice(details);
        String token = RandomSecrets.urlSafe(TOKEN_BYTES);
        var channel = channels.saveAndFlush(new ChannelEntity(details, token, clock.instant()
                .truncatedTo(ChronoUnit.MICROS)));
        directory.saveAndFlush(new ChannelDirectoryEntity(token, channel.tenantId(), channel.id()));
        return toView(channel);
    }

    @Override
    @Transactional
    public FeedbackChannel update(FeedbackChannelId id, long expectedVersion, ChannelDetails details) {
        var channel = find(id);
        StaleVersionException.requireVersion(expectedVersion, channel.version());
        check(details);
        refuseUnknownPractice(details);
        channel.apply(details, clock.instant().truncatedTo(ChronoUnit.MICROS));
        channels.flush();
        return toView(channel);
    }

    @Override
    public FeedbackChannel get(FeedbackChannelId id) {
        return toView(find(id));
    }

    @Override
    public List<FeedbackChannel> list() {
        return channels.findAllByName().stream().map(this::toView).toList();
    }

    private void refuseUnknownPractice(ChannelDetails details) {
        practices.problemWith(details.practice(), "practice").ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
    }

    private ChannelEntity find(FeedbackChannelId id) {
        return channels.findById(id.value()).orElseThrow(() -> new NotFoundException("Feedback channel"));
    }

    /** What the annotations cannot say: unique keys, and every question and choice worded in every language. */
    static void check(ChannelDetails details) {
        var errors = new ArrayList<FieldError>();
        if (new HashSet<>(details.languages()).size() != details.languages().size()) {
            errors.add(new FieldError("languages", "names a language twice"));
        }
        if (!details.languages().stream().allMatch(language -> language.matches(Organisations.LANGUAGE_PATTERN))) {
            errors.add(new FieldError("languages", "are language codes such as en, ar or fa-AF"));
        }
        if (details.closesOn() != null && details.closesOn().isBefore(details.opensOn())) {
            errors.add(new FieldError("closesOn", "is before the channel opens"));
        }
        var keys = new HashSet<String>();
        for (int i = 0; i < details.questions().size(); i++) {
            Question question = details.questions().get(i);
            String field = "questions[" + i + "]";
            if (!keys.add(question.key())) {
                errors.add(new FieldError(field + ".key", "is used by another question"));
            }
            if (!question.text().keySet().containsAll(details.languages())) {
                errors.add(new FieldError(field + ".text", "needs the question in every language of the channel"));
            }
            boolean choice = question.kind() == QuestionKind.SINGLE_CHOICE;
            if (choice != !question.choices().isEmpty() || (choice && question.choices().size() < 2)) {
                errors.add(new FieldError(field + ".choices", choice ? "needs at least two choices"
                        : "are for single-choice questions only"));
            }
            var choiceKeys = new HashSet<String>();
            for (var option : question.choices()) {
                if (!choiceKeys.add(option.key()) || !option.text().keySet().containsAll(details.languages())) {
                    errors.add(new FieldError(field + ".choices", "need unique keys and words in every language"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private FeedbackChannel toView(ChannelEntity channel) {
        LocalDate today = LocalDate.now(clock);
        SurveyRounds rounds = channel.rounds();
        FeedbackChannel.SurveyRound current = rounds.latestStartedBy(today)
                .map(round -> new FeedbackChannel.SurveyRound(round.startsOn(), round.endsOn(),
                        feedback.countReceived(channel.id(), round.startsOn(), round.endsOn())))
                .orElse(null);
        return new FeedbackChannel(channel.channelId(), channel.version(), channel.details(), channel.publicToken(),
                properties.formUrl(channel.publicToken()), rounds.openOn(today), current, rounds.nextRoundOn(today));
    }
}
