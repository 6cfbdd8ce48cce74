package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationContent;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.DefineFramework;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.EvaluationAttachments;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.ScheduleEvaluations;
import org.inclusio.evaluation.ScheduleEvaluations.Cadence;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.RaiseAction;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.OpenEvaluation;
import org.inclusio.evaluation.QuestionAnswer;
import org.inclusio.evaluation.Rating;
import org.inclusio.evaluation.Suggestion;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.evaluation.Participation;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeSummary;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Demo evaluations of {@code demo-aid}'s practice against the handbook's key areas (a draft under way) and of
 * {@code demo-city}'s pilot practice against the SPRING criteria: the first half-year final
 * (judged from its evidence, with narratives), and the current half-year as a draft under way, so the scorecard has a
 * previous one to compare with; the pilot evaluated every half-year on a schedule, and the city's own adaptation of
 * the criteria. Runs after the other demo data; a practice already evaluated is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoEvaluations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final String KEY_AREAS = "unhcr-mpg-key-areas";

    /** What the pilot's team wrote for the first half-year, per guiding question (seed 003's pilot). */
    private static final Map<String, String> NARRATIVES = Map.of(
            "IP1", "Intercultural workers speak Russian, Ukrainian, Vietnamese and Spanish and accompany clients to the"
                    + " district's offices at hours that suit them; leaflets and the map kit are in five languages.",
            "IP3", "Focus groups with migrants and two round tables with 40 stakeholders shaped the service; a"
                    + " feedback form is on every leaflet.",
            "RC1", "A stakeholder needs assessment (desk research, focus groups, round tables) found that migrants"
                    + " barely take part in local public life because of language, orientation and communication"
                    + " barriers.",
            "EF2", "The team compares its counts with the targets of the results framework every month.",
            "SU2", "The European Integration Fund and the city district fund the pilot; the district considers taking"
                    + " the intercultural workers into its budget.");

    /** The pilot's map kit, attached to the first evaluation as an inspiring tool. */
    private static final String MAP_KIT = """
            Information map kit of 45 district services
            Russian · Ukrainian · Vietnamese · Spanish · Czech

            1. Residence permits: Foreigners' Police, Olšanská 2, Mon and Wed 8-17
            2. Health insurance: district office, counter 4
            3. Schools and kindergartens: enrolment in April and May
            4. Job centre: registration, retraining courses
            5. Intercultural workers: free accompaniment to any office, by appointment
            """;

    private final OrganisationDirectory organisations;
    private final PracticeService practices;
    private final EvaluationService evaluations;
    private final ImprovementActionService actions;
    private final Colleagues colleagues;
    private final FeedbackChannelService channels;
    private final ConsultationService consultations;
    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final FrameworkService frameworkService;
    private final EvaluationSchedules schedules;
    private final EvaluationAttachments attachments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoEvaluations(OrganisationDirectory organisations, PracticeService practices, EvaluationService evaluations,
                    ImprovementActionService actions, Colleagues colleagues, FeedbackChannelService channels,
                    ConsultationService consultations, FrameworkRepository frameworks, FrameworkDefinitions definitions,
                    FrameworkService frameworkService, EvaluationSchedules schedules,
                    EvaluationAttachments attachments, PlatformTransactionManager transactions, Clock clock) {
        this.attachments = attachments;
        this.schedules = schedules;
        this.frameworkService = frameworkService;
        this.organisations = organisations;
        this.practices = practices;
        this.evaluations = evaluations;
        this.actions = actions;
        this.colleagues = colleagues;
        this.channels = channels;
        this.consultations = consultations;
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIn("demo-city", this::seed);
        seedIn("demo-aid", this::seedAid);
    }

    private void seedIn(String slug, Consumer<PracticeSummary> seeding) {
        organisations.findBySlug(slug).ifPresent(organisation -> SystemWork.callIn("demo-data",
                organisation.id().value(), Set.of(Role.MANAGER, Role.ORG_ADMIN), () -> transaction.execute(status -> {
                    var practice = practices.choices().stream().findFirst();
                    if (practice.isEmpty() || !evaluations.list(practice.get().id(), null, 1).items().isEmpty()) {
                        return null;
                    }
                    seeding.accept(practice.get());
                    log.info("Demo evaluations ready for {}", organisation.slug());
                    return null;
                })));
    }

    /**
     * The NGO's practice against the handbook's key areas: the items for local authorities start as not applicable,
     * the first half-year is being judged (the last key area still open), and the practice is evaluated every year.
     */
    private void seedAid(PracticeSummary practice) {
        var keyAreas = frameworks.findShippedLatest(KEY_AREAS).orElseThrow();
        var definition = definitions.fromJson(keyAreas.definition());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate to = practice.startsOn().plusMonths(6).minusDays(1);
        var draft = evaluations.open(new OpenEvaluation(practice.id(), new FrameworkId(keyAreas.id()),
                practice.startsOn(), to.isAfter(today) ? today : to));
        var judged = judged(definition, draft, true);
        var notApplicable = draft.ratings().stream().filter(rating -> rating.rating() == Rating.NOT_APPLICABLE)
                .map(ItemRating::item).collect(Collectors.toSet());
        evaluations.save(draft.id(), draft.version(), new EvaluationContent(judged.ratings().stream()
                .filter(rating -> !notApplicable.contains(rating.item())).toList(), List.of(new QuestionAnswer(
                definition.questions().findFirst().orElseThrow().code(), "Newcomers meet a psychologist and a"
                + " peer in their language within two weeks; a monthly circle in Arabic, Dari and Ukrainian asks what"
                + " should change.", List.of("Orientation leaflet in six languages")))));
        schedules.set(practice.id(), new ScheduleEvaluations(new FrameworkId(keyAreas.id()), Cadence.YEARLY,
                practice.startsOn()));
    }

    private void seed(PracticeSummary pilot) {
        var spring = frameworks.findShippedLatest(EvaluationServiceImpl.SPRING).orElseThrow();
        var definition = definitions.fromJson(spring.definition());
        LocalDate firstHalf = pilot.startsOn();
        LocalDate secondHalf = firstHalf.plusMonths(6);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        var first = evaluations.open(new OpenEvaluation(pilot.id(), new FrameworkId(spring.id()), firstHalf,
                secondHalf.minusDays(1)));
        first = evaluations.save(first.id(), first.version(), judged(definition, first, false));
        attachments.attach(first.id(), "IP1", "information-map-kit-contents.txt", MAP_KIT.getBytes(
                StandardCharsets.UTF_8));
        first = evaluations.participate(first.id(), first.version(), participation(firstHalf,
                secondHalf.minusDays(1)));
        first = evaluations.move(first.id(), first.version(), EvaluationStatus.IN_REVIEW);
        evaluations.move(first.id(), first.version(), EvaluationStatus.FINAL);
        raiseActions(first, secondHalf, today);
        adapt(spring.id(), definition);
        LocalDate running = firstHalf;
        while (running.plusMonths(6).minusDays(1).isBefore(today)) {
            running = running.plusMonths(6);
        }
        schedules.set(pilot.id(), new ScheduleEvaluations(new FrameworkId(spring.id()), Cadence.HALF_YEARLY,
                running));

        if (!secondHalf.isAfter(today)) {
            var current = evaluations.open(new OpenEvaluation(pilot.id(), new FrameworkId(spring.id()), secondHalf,
                    secondHalf.plusMonths(6).minusDays(1)));
            current = evaluations.save(current.id(), current.version(), judged(definition, current, true));
            evaluations.participate(current.id(), current.version(), participation(secondHalf, today));
        }
    }

    /**
     * The city's own service standard: the SPRING criteria without the receiving-society items it leaves to the
     * district's integration office, and with two items of its own.
     */
    private void adapt(UUID spring, FrameworkDefinition definition) {
        var sections = definition.sections().stream().map(section -> new Section(section.code(), section.title(),
                section.questions().stream().filter(question -> !question.code().equals("IP2"))
                        .map(question -> new Question(question.code(), question.text(),
                                question.code().equals("IP1") ? withOwn(question.items()) : question.items()))
                        .toList())).toList();
        frameworkService.define(new DefineFramework("Demo City service standard", new FrameworkId(spring), null,
                sections));
    }

    private static List<Item> withOwn(List<Item> items) {
        var own = new ArrayList<>(items);
        own.add(new Item(null, "Offer appointments outside working hours at least once a week.", null, null, null));
        own.add(new Item(null, "Let clients choose the language and the gender of their intercultural worker.", null,
                null, null));
        return own;
    }

    /** What the first evaluation set out to change: one done since, one on its way, one overdue. */
    private void raiseActions(Evaluation first, LocalDate secondHalf, LocalDate today) {
        var team = colleagues.activeWithAnyRole(Set.of(Role.MANAGER, Role.CASEWORKER));
        if (team.isEmpty()) {
            return;
        }
        var manager = member(team, "city-manager");
        var caseworker = member(team, "city-caseworker");
        LocalDate doneOn = secondHalf.plusDays(10).isAfter(today) ? today : secondHalf.plusDays(10);
        actions.raise(first.id(), new RaiseAction("IP3.3", "Offer childcare and a small fee at every focus group",
                caseworker, secondHalf.plusDays(14), doneOn));
        actions.raise(first.id(), new RaiseAction("IP3.2", "Print the feedback QR code on every leaflet and map kit",
                manager, today.minusDays(10), null));
        actions.raise(first.id(), new RaiseAction("SU1.2", "Agree a sustainability plan with the district office",
                manager, today.plusMonths(2), null));
    }

    /** The practice's feedback channel, and the period's evaluation workshop (or another participatory meeting). */
    private Participation participation(LocalDate from, LocalDate to) {
        var channel = channels.list().stream().findFirst().map(FeedbackChannel::id).orElse(null);
        var meetings = consultations.list(new ConsultationFilter(from, to, null, null, null, null, null, null, null), null,
                200).items().stream().filter(ConsultationSummary::participatory).toList();
        var workshop = meetings.stream().filter(meeting -> meeting.purpose() == ConsultationPurpose.EVALUATION)
                .findFirst().or(() -> meetings.stream().findFirst()).map(ConsultationSummary::id).orElse(null);
        return new Participation(channel, workshop);
    }

    private static UserAccountId member(List<Colleagues.Colleague> team, String username) {
        return team.stream().filter(member -> member.username().equals(username)).findFirst()
                .orElse(team.getFirst()).id();
    }

    /**
     * The suggested rating where the evidence suggests one, otherwise met for most items and partly met for a few;
     * a draft under way leaves the last criterion to be judged.
     */
    private static EvaluationContent judged(FrameworkDefinition definition, Evaluation evaluation, boolean underWay) {
        Map<String, Rating> suggested = evaluation.suggestions().stream()
                .collect(Collectors.toMap(Suggestion::item, Suggestion::rating));
        var ratings = new ArrayList<ItemRating>();
        var lastSection = definition.sections().getLast();
        int[] position = {0};
        definition.sections().forEach(section -> section.questions().forEach(question -> question.items()
                .forEach(item -> {
                    position[0]++;
                    if (underWay && section == lastSection) {
                        return;
                    }
                    Rating rating = suggested.getOrDefault(item.code(), position[0] % 7 == 0 ? Rating.PARTLY_MET
                            : position[0] % 11 == 0 ? Rating.NOT_MET : Rating.MET);
                    ratings.add(new ItemRating(item.code(), rating, suggested.containsKey(item.code())
                            ? "As the evidence suggests." : null));
                })));
        List<QuestionAnswer> answers = NARRATIVES.entrySet().stream()
                .map(entry -> new QuestionAnswer(entry.getKey(), entry.getValue(), entry.getKey().equals("IP1")
                        ? List.of("Information map kit of 45 district services") : List.of()))
                .toList();
        return new EvaluationContent(ratings, answers);
    }
}
