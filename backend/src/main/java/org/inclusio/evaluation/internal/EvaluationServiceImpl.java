package org.inclusio.evaluation.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.evaluation.Applicability;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationContent;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.EvaluationSummary;
import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.MetricValue;
import org.inclusio.evaluation.OpenEvaluation;
import org.inclusio.evaluation.Participation;
import org.inclusio.evaluation.ParticipationView;
import org.inclusio.evaluation.QuestionAnswer;
import org.inclusio.evaluation.Rating;
import org.inclusio.evaluation.Scorecard;
import org.inclusio.evaluation.SpringPage;
import org.inclusio.evaluation.SpringPage.Answer;
import org.inclusio.evaluation.SpringPage.Mark;
import org.inclusio.evaluation.Suggestion;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class EvaluationServiceImpl implements EvaluationService {

    static final String SPRING = "spring-good-practice-criteria";
    private static final long MAX_DAYS = 3 * 366;

    private final EvaluationRepository evaluations;
    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final PracticeService practices;
    private final OrganisationDirectory organisations;
    private final EvidenceCalculator calculator;
    private final FrozenEvidence frozen;
    private final EvaluationReportPdf pdf;
    private final ImprovementActionService actions;
    private final FeedbackChannelService channels;
    private final ConsultationService consultations;
    private final AttachmentRepository attachments;
    private final EntityManager entityManager;
    private final Clock clock;

    EvaluationServiceImpl(EvaluationRepository evaluations, FrameworkRepository frameworks,
                          FrameworkDefinitions definitions, PracticeService practices,
                          OrganisationDirectory organisations, EvidenceCalculator calculator, FrozenEvidence frozen,
                          EvaluationReportPdf pdf, ImprovementActionService actions,
                          FeedbackChannelService channels, ConsultationService consultations,
                          AttachmentRepository attachments, EntityManager entityManager, Clock clock) {
        this.attachments = attachments;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.practices = practices;
        this.organisations = organisations;
        this.calculator = calculator;
        this.frozen = frozen;
        this.pdf = pdf;
        this.actions = actions;
        this.channels = channels;
        this.consultations = consultations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Evaluation open(OpenEvaluation command) {
        return toView(opened(command.practice(), command.framework().value(), command.periodFrom(),
                command.periodTo(), null));
    }

    private EvaluationEntity opened(PracticeId practice, UUID framework, LocalDate from, LocalDate to,
                                    @Nullable UUID corrects) {
        var problems = new ArrayList<FieldError>();
        if (to.isBefore(from)) {
            problems.add(new FieldError("periodTo", "must not be before the start of the period"));
        } else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            problems.add(new FieldError("periodTo", "is more than three years after the start"));
        }
        try {
            practices.get(practice);
        } catch (NotFoundException unknown) {
            problems.add(new FieldError("practice", "names a practice this organisation does not have"));
        }
        var definition = frameworks.findById(framework).map(row -> definitions.fromJson(row.definition()));
        if (definition.isEmpty()) {
            problems.add(new FieldError("framework", "names a framework this organisation cannot use"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = CurrentActor.require();
        UUID tenant = Objects.requireNonNull(actor.tenantId(), "acting in an organisation");
        var evaluation = new EvaluationEntity(tenant, practice.value(), framework, from, to, corrects, actor.id(),
                now());
        Applicability kind = organisations.find(new TenantId(tenant))
                .map(organisation -> organisation.type().isLocalAuthority() ? Applicability.LOCAL_AUTHORITY
                        : Applicability.NGO).orElse(Applicability.NGO);
        definition.get().items().filter(item -> !item.appliesTo().contains(kind))
                .forEach(item -> evaluation.rate(new ItemRating(item.code(), Rating.NOT_APPLICABLE,
                        "Not applicable to this kind of organisation"), now()));
        evaluations.saveAndFlush(evaluation);
        return evaluation;
    }

    @Override
    public Evaluation get(EvaluationId id) {
        return toView(find(id));
    }

    @Override
    public CursorPage<EvaluationSummary> list(@Nullable PracticeId practice, @Nullable String cursor, int limit) {
        var after = Cursor.decodeIfPresent(cursor).orElse(null);
        var conditions = new ArrayList<String>();
        if (practice != null) {
            conditions.add("e.practiceId = :practice");
        }
        if (after != null) {
            conditions.add("(e.periodTo, e.id) < (:afterDate, :afterId)");
        }
        var query = entityManager.createQuery("select e from EvaluationEntity e"
                        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                        + " order by e.periodTo desc, e.id desc", EvaluationEntity.class)
                .setMaxResults(limit + 1);
        if (practice != null) {
            query.setParameter("practice", practice.value());
        }
        if (after != null) {
            query.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
        }
        var page = CursorPage.of(query.getResultList(), limit, row -> Cursor.of(row.periodTo(), row.id()));
        Map<UUID, String> practiceNames = new HashMap<>();
        Map<UUID, FrameworkDefinition> used = new HashMap<>();
        return new CursorPage<>(page.items().stream().map(row -> {
            var definition = used.computeIfAbsent(row.frameworkId(), this::definition);
            String practiceName = practiceNames.computeIfAbsent(row.practiceId(),
                    any -> practices.get(new PracticeId(any)).name());
            int rated = (int) row.ratings().stream().filter(rating -> rating.rating() != null).count();
            return new EvaluationSummary(new EvaluationId(row.id()), new PracticeId(row.practiceId()), practiceName,
                    definition.name(), row.periodFrom(), row.periodTo(), row.status(), rated,
                    (int) definition.items().count());
        }).toList(), page.nextCursor());
    }

    @Override
    @Transactional
    public Evaluation save(EvaluationId id, long expectedVersion, EvaluationContent content) {
        var evaluation = find(id);
        StaleVersionException.requireVersion(expectedVersion, evaluation.version());
        refuseFinal(evaluation);
        var definition = definition(evaluation.frameworkId());
        Set<String> items = definition.items().map(Item::code).collect(Collectors.toSet());
        Set<String> questions = definition.questions().map(Question::code).collect(Collectors.toSet());
        var problems = new ArrayList<FieldError>();
        if (content.ratings().stream().anyMatch(rating -> !items.contains(rating.item()))) {
            problems.add(new FieldError("ratings", "names an item the framework does not have"));
        }
        if (content.answers().stream().anyMatch(answer -> !questions.contains(answer.question()))) {
            problems.add(new FieldError("answers", "names a question the framework does not have"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        content.ratings().forEach(rating -> evaluation.rate(rating, now()));
        content.answers().forEach(answer -> evaluation.answer(answer, now()));
        evaluations.flush();
        return toView(evaluation);
    }

    @Override
    @Transactional
    public Evaluation participate(EvaluationId id, long expectedVersion, Participation participation) {
        var evaluation = find(id);
        StaleVersionException.requireVersion(expectedVersion, evaluation.version());
        refuseFinal(evaluation);
        var problems = new ArrayList<FieldError>();
        if (participation.feedbackChannel() != null) {
            try {
                channels.get(participation.feedbackChannel());
            } catch (NotFoundException unknown) {
                problems.add(new FieldError("feedbackChannel", "names a channel this organisation does not have"));
            }
        }
        if (participation.workshop() != null) {
            try {
                if (!consultations.get(participation.workshop()).participatory()) {
                    problems.add(new FieldError("workshop", "must be a participatory consultation (co-design,"
                            + " monitoring or evaluation with the people concerned)"));
                }
            } catch (NotFoundException unknown) {
                problems.add(new FieldError("workshop", "names a consultation this organisation does not have"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        evaluation.participate(participation.feedbackChannel() == null ? null
                : participation.feedbackChannel().value(), participation.workshop() == null ? null
                : participation.workshop().value(), now());
        evaluations.flush();
        return toView(evaluation);
    }

    private ParticipationView participation(EvaluationEntity evaluation) {
        if (evaluation.feedbackChannelId() == null && evaluation.workshopId() == null) {
            return ParticipationView.NONE;
        }
        var channel = evaluation.feedbackChannelId() == null ? null
                : channels.get(new FeedbackChannelId(evaluation.feedbackChannelId()));
        var workshop = evaluation.workshopId() == null ? null
                : consultations.get(new ConsultationId(evaluation.workshopId()));
        return new ParticipationView(channel == null ? null : channel.id(),
                channel == null ? null : channel.details().name(), workshop == null ? null : workshop.id(),
                workshop == null ? null : workshop.heldOn(), workshop == null ? 0 : workshop.participants());
    }

    @Override
    @Transactional
    public Evaluation move(EvaluationId id, long expectedVersion, EvaluationStatus to) {
        var evaluation = find(id);
        StaleVersionException.requireVersion(expectedVersion, evaluation.version());
        var from = evaluation.status();
        boolean allowed = switch (to) {
            case IN_REVIEW -> from == EvaluationStatus.DRAFT;
            case DRAFT -> from == EvaluationStatus.IN_REVIEW;
            case FINAL -> from == EvaluationStatus.IN_REVIEW;
        };
        if (!allowed) {
            throw new InvalidInputException("status", from == EvaluationStatus.FINAL
                    ? "a final evaluation cannot change; correct it with a new version"
                    : "an evaluation goes from draft to review, and from review to final or back to draft");
        }
        if (to == EvaluationStatus.FINAL) {
            var practice = practices.get(new PracticeId(evaluation.practiceId()));
            evaluation.finalise(frozen.freeze(calculator.evidence(practice, evaluation.periodFrom(),
                    evaluation.periodTo()).values()), CurrentActor.require().id(), now());
        } else {
            evaluation.move(to, now());
        }
        evaluations.flush();
        return toView(evaluation);
    }

    @Override
    @Transactional
    public Evaluation correct(EvaluationId id) {
        var original = find(id);
        if (original.status() != EvaluationStatus.FINAL) {
            throw new InvalidInputException("status", "only a final evaluation is corrected; change this one itself");
        }
        var correction = opened(new PracticeId(original.practiceId()), original.frameworkId(),
                original.periodFrom(), original.periodTo(), original.id());
        correction.participate(original.feedbackChannelId(), original.workshopId(), now());
        original.ratings().forEach(rating -> correction.rate(rating, now()));
        original.answers().forEach(answer -> correction.answer(answer, now()));
        evaluations.flush();
        attachments.saveAllAndFlush(attachments.findByEvaluationId(original.id()).stream()
                .map(file -> file.copyTo(correction.id(), now())).toList());
        return toView(correction);
    }

    @Override
    public Scorecard scorecard(EvaluationId id) {
        var evaluation = find(id);
        var definition = definition(evaluation.frameworkId());
        var criteria = criteria(definition, evaluation.ratings());
        var previous = evaluations.findByPracticeIdAndFrameworkIdOrderByPeriodToDesc(evaluation.practiceId(),
                        evaluation.frameworkId()).stream()
                .filter(other -> other.status() == EvaluationStatus.FINAL && !other.id().equals(evaluation.id())
                        && other.periodTo().isBefore(evaluation.periodTo()))
                .findFirst()
                .map(other -> {
                    var earlier = criteria(definition, other.ratings());
                    return new Scorecard.Previous(new EvaluationId(other.id()), other.periodTo(), earlier,
                            overall(earlier));
                }).orElse(null);
        return new Scorecard(new EvaluationId(evaluation.id()), criteria, overall(criteria), reading(criteria),
                previous);
    }

    @Override
    public byte[] report(EvaluationId id) {
        var evaluation = find(id);
        return pdf.render(toView(evaluation), definition(evaluation.frameworkId()), scorecard(id), actions.of(id),
                clock.instant());
    }

    @Override
    public String springPage(EvaluationId id) {
        var evaluation = find(id);
        var answers = new LinkedHashMap<String, Answer>();
        evaluation.answers().forEach(answer -> answers.put(answer.question(),
                new Answer(answer.narrative(), answer.inspiringTools())));
        var marks = new LinkedHashMap<String, Mark>();
        evaluation.ratings().forEach(rating -> {
            if (rating.rating() == Rating.MET) {
                marks.put(rating.item(), Mark.MET);
            } else if (rating.rating() == Rating.PARTLY_MET || rating.rating() == Rating.NOT_MET) {
                marks.put(rating.item(), Mark.NOT_MET);
            }
        });
        return SpringPages.write(definition(evaluation.frameworkId()), new SpringPage(answers, marks, List.of()));
    }

    @Override
    @Transactional
    public Evaluation importSpringPage(PracticeId practice, LocalDate periodFrom, LocalDate periodTo, String page) {
        var framework = frameworks.findShippedLatest(SPRING).orElseThrow(() -> new NotFoundException("Framework"));
        var definition = definitions.fromJson(framework.definition());
        SpringPage read = SpringPages.read(definition, page);
        if (read.marks().isEmpty()) {
            throw new InvalidInputException("page", "no checklist item of the SPRING criteria was recognised");
        }
        var evaluation = opened(practice, framework.id(), periodFrom, periodTo, null);
        read.marks().forEach((item, mark) -> evaluation.rate(new ItemRating(item, switch (mark) {
            case MET -> Rating.MET;
            case NOT_MET -> Rating.NOT_MET;
            case UNMARKED -> null;
        }, null), now()));
        read.answers().forEach((question, answer) -> evaluation.answer(new QuestionAnswer(question,
                answer.narrative(), answer.inspiringTools()), now()));
        evaluations.flush();
        return toView(evaluation);
    }

    static List<Scorecard.Criterion> criteria(FrameworkDefinition definition, List<ItemRating> ratings) {
        Map<String, Rating> byItem = new HashMap<>();
        ratings.forEach(rating -> {
            if (rating.rating() != null) {
                byItem.put(rating.item(), rating.rating());
            }
        });
        var criteria = new ArrayList<Scorecard.Criterion>();
        for (Section section : definition.sections()) {
            int[] counts = new int[Rating.values().length + 1];
            section.questions().stream().flatMap(question -> question.items().stream()).forEach(item -> {
                Rating rating = byItem.get(item.code());
                counts[rating == null ? Rating.values().length : rating.ordinal()]++;
            });
            int met = counts[Rating.MET.ordinal()];
            int applicable = met + counts[Rating.PARTLY_MET.ordinal()] + counts[Rating.NOT_MET.ordinal()];
            criteria.add(new Scorecard.Criterion(section.code(), section.title(), met,
                    counts[Rating.PARTLY_MET.ordinal()], counts[Rating.NOT_MET.ordinal()],
                    counts[Rating.NOT_APPLICABLE.ordinal()], counts[Rating.values().length], share(met, applicable)));
        }
        return criteria;
    }

    static @Nullable BigDecimal overall(List<Scorecard.Criterion> criteria) {
        int met = criteria.stream().mapToInt(Scorecard.Criterion::met).sum();
        int applicable = criteria.stream().mapToInt(criterion -> criterion.met() + criterion.partlyMet()
                + criterion.notMet()).sum();
        return share(met, applicable);
    }

    /** The handbook's reading: all applicable items met, some not met, none met. */
    static Scorecard.Reading reading(List<Scorecard.Criterion> criteria) {
        int met = criteria.stream().mapToInt(Scorecard.Criterion::met).sum();
        int notFully = criteria.stream().mapToInt(criterion -> criterion.partlyMet() + criterion.notMet()).sum();
        if (met + notFully == 0) {
            return Scorecard.Reading.NOT_RATED_YET;
        }
        return notFully == 0 ? Scorecard.Reading.FULLY_EMBRACING
                : met == 0 ? Scorecard.Reading.DEEP_REFLECTION_NEEDED : Scorecard.Reading.IMPROVE;
    }

    private static @Nullable BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private Evaluation toView(EvaluationEntity evaluation) {
        var row = frameworks.findById(evaluation.frameworkId()).orElseThrow(() -> new NotFoundException("Framework"));
        var definition = definitions.fromJson(row.definition());
        Practice practice = practices.get(new PracticeId(evaluation.practiceId()));
        Map<EvidenceMetric, MetricValue> evidence = evaluation.frozenEvidence() != null
                ? frozen.thaw(evaluation.frozenEvidence())
                : calculator.evidence(practice, evaluation.periodFrom(), evaluation.periodTo());
        List<Suggestion> suggestions = definition.items().filter(item -> item.rule() != null)
                .map(item -> RatingRules.suggest(item.code(), item.rule(), evidence)).toList();
        var framework = FrameworkServiceImpl.summary(row.id(), definition, row.shipped());
        return new Evaluation(new EvaluationId(evaluation.id()), evaluation.version(), practice.id(), practice.name(),
                framework, evaluation.periodFrom(), evaluation.periodTo(), evaluation.status(),
                evaluation.corrects() == null ? null : new EvaluationId(evaluation.corrects()),
                evaluation.ratings(), evaluation.answers(), List.copyOf(evidence.values()), suggestions,
                participation(evaluation), attachments.listed(evaluation.id()), evaluation.finalisedAt());
    }

    private FrameworkDefinition definition(UUID framework) {
        return frameworks.findById(framework).map(row -> definitions.fromJson(row.definition()))
                .orElseThrow(() -> new NotFoundException("Framework"));
    }

    private static void refuseFinal(EvaluationEntity evaluation) {
        if (evaluation.status() == EvaluationStatus.FINAL) {
            throw new InvalidInputException("status", "a final evaluation cannot change; correct it with a new"
                    + " version");
        }
    }

    private EvaluationEntity find(EvaluationId id) {
        return evaluations.findById(id.value()).orElseThrow(() -> new NotFoundException("Evaluation"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
