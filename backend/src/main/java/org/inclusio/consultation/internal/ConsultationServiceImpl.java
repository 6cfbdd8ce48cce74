package org.inclusio.consultation.internal;

import jakarta.validation.Validator;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReference;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Consultation;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationLogged;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.Headcount;
import org.inclusio.consultation.ImportReport.RowError;
import org.inclusio.consultation.ImportReport;
import org.inclusio.consultation.LinkedCaseFile;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.StakeholderCount;
import org.inclusio.consultation.TimelineEntry;
import org.inclusio.consultation.TopicId;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.practice.PracticeDirectory;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class ConsultationServiceImpl implements ConsultationService {

    /** Roles that read every consultation's confidential notes; anyone else only those they logged. */
    private static final Set<Role> NOTE_READERS = Set.of(Role.CASEWORKER, Role.MANAGER, Role.PROTECTION_FOCAL_POINT);
    private static final Set<Role> REFERRAL_READERS = Set.of(Role.CASEWORKER, Role.MANAGER,
            Role.PROTECTION_FOCAL_POINT);

    private final ConsultationRepository consultations;
    private final ConsultationSearch search;
    private final TopicRepository topics;
    private final FollowUpServiceImpl followUps;
    private final ReferralServiceImpl referrals;
    private final CaseFileDirectory caseFiles;
    private final PracticeDirectory practices;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationServiceImpl(ConsultationRepository consultations, ConsultationSearch search, TopicRepository topics,
                            FollowUpServiceImpl followUps, ReferralServiceImpl referrals, CaseFileDirectory caseFiles,
                            PracticeDirectory practices, Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.consultations = consultations;
        this.search = search;
        this.topics = topics;
        this.followUps = followUps;
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.practices = practices;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Consultation log(LogConsultation command) {
        var problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = CurrentActor.require();
        var consultation = consultations.saveAndFlush(new ConsultationEntity(tenantOf(actor), command, actor.id(),
                StoredTime.now(clock)));
        published(consultation, actor);
        return toView(consultation, actor);
    }

    @Override
    @Transactional
    public Consultation update(ConsultationId id, long expectedVersion, LogConsultation changes) {
        var consultation = find(id);
        StaleVersionException.requireVersion(expectedVersion, consultation.version());
        var problems = problems(changes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = CurrentActor.require();
        consultation.apply(changes, mayReadNotes(consultation, actor), StoredTime.now(clock));
        consultations.flush();
        return toView(consultation, actor);
    }

    @Override
    public Consultation get(ConsultationId id) {
        return toView(find(id), CurrentActor.require());
    }

    @Override
    public CursorPage<ConsultationSummary> list(ConsultationFilter filter, @Nullable String cursor, int limit) {
        var rows = search.consultations(filter, Cursor.decodeIfPresent(cursor).orElse(null), limit + 1);
        return page(rows, limit, ConsultationEntity::toSummary, row -> Cursor.of(row.heldOn(), row.id()));
    }

    @Override
    public List<TimelineEntry> timeline(CaseFileId caseFile) {
        if (caseFiles.find(caseFile).isEmpty()) {
            throw new NotFoundException("Case file");
        }
        var entries = new ArrayList<TimelineEntry>();
        consultations.findByCaseFile(caseFile.value()).stream().map(ConsultationEntity::toSummary)
                .map(TimelineEntry::of).forEach(entries::add);
        followUps.ofCaseFile(caseFile).stream().map(TimelineEntry::of).forEach(entries::add);
        var actor = CurrentActor.require();
        if (actor.roles().stream().anyMatch(REFERRAL_READERS::contains)) {
            referrals.ofCaseFile(caseFile).stream().map(TimelineEntry::of).forEach(entries::add);
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return List.copyOf(entries);
    }

    @Override
    @Transactional
    public ImportReport importCsv(String csv) {
        Map<String, TopicId> topicsByCode = topics.findAll().stream()
                .collect(Collectors.toMap(TopicEntity::code, topic -> topic.toView().id()));
        List<ConsultationCsv.Row> rows;
        try {
            rows = ConsultationCsv.read(csv, topicsByCode);
        } catch (IllegalArgumentException unreadable) {
            return new ImportReport(0, List.of(new RowError(1, "", unreadable.getMessage())));
        }
        var errors = new ArrayList<RowError>();
        for (var row : rows) {
            errors.addAll(row.errors());
            if (row.command() != null) {
                var unreadable = row.errors().stream().map(RowError::field).collect(Collectors.toSet());
                var found = new ArrayList<RowError>();
                validator.validate(row.command()).forEach(violation -> found.add(new RowError(row.number(),
                        ConsultationCsv.columnOf(violation.getPropertyPath().toString()), violation.getMessage())));
                problems(row.command()).forEach(problem -> found.add(new RowError(row.number(),
                        ConsultationCsv.columnOf(problem.field()), problem.message())));
                found.stream().filter(error -> !unreadable.contains(error.field())).forEach(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
            return new ImportReport(0, errors);
        }
        var actor = CurrentActor.require();
        var now = StoredTime.now(clock);
        var saved = consultations.saveAllAndFlush(rows.stream()
                .map(row -> new ConsultationEntity(tenantOf(actor), Objects.requireNonNull(row.command()),
                        actor.id(), now)).toList());
        saved.forEach(consultation -> published(consultation, actor));
        return new ImportReport(saved.size(), List.of());
    }

    /** Every rule beyond the format checks, field by field; empty when the command may be stored. */
    private List<FieldError> problems(LogConsultation command) {
        var problems = new ArrayList<FieldError>();
        practices.problemWith(command.practiceId(), "practiceId").ifPresent(problems::add);
        if (command.heldOn() != null && command.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldError("heldOn", "must not be after today"));
        }
        if (command.type() != null && !command.type().isGroup()) {
            if (command.caseFiles().isEmpty()) {
                problems.add(new FieldError("caseFiles", "an individual consultation needs at least one case file"));
            }
            if (command.headcounts().stream().anyMatch(cell -> cell.count() > 0)) {
                problems.add(new FieldError("headcounts", "only group consultations count anonymous participants"));
            }
            if (command.receivingSociety().total() > 0) {
                problems.add(new FieldError("receivingSociety",
                        "only group consultations count receiving-society participants"));
            }
            if (command.stakeholders().stream().anyMatch(cell -> cell.count() > 0)) {
                problems.add(new FieldError("stakeholders", "only group consultations count stakeholders"));
            }
        } else if (command.type() != null && command.caseFiles().isEmpty()
                && command.receivingSociety().total() == 0
                && command.headcounts().stream().mapToInt(Headcount::count).sum() == 0
                && command.stakeholders().stream().mapToInt(StakeholderCount::count).sum() == 0) {
            problems.add(new FieldError("headcounts",
                    "a group consultation needs registered participants or a headcount"));
        }
        if (command.compensationAmount() != null && !command.accommodations().contains(Accommodation.COMPENSATION)) {
            problems.add(new FieldError("compensationAmount", "only with the compensation accommodation"));
        }
        if (command.headcounts().stream().map(cell -> cell.gender() + "/" + cell.ageBand()).distinct().count()
                < command.headcounts().size()) {
            problems.add(new FieldError("headcounts", "count each gender and age band once"));
        }
        if (command.stakeholders().stream().map(StakeholderCount::type).distinct().count()
                < command.stakeholders().size()) {
            problems.add(new FieldError("stakeholders", "count each stakeholder type once"));
        }
        var topicIds = command.topics().stream().map(TopicId::value).toList();
        if (!topicIds.isEmpty() && topics.countByIdIn(topicIds) < topicIds.size()) {
            problems.add(new FieldError("topics", "names a topic this organisation does not have"));
        }
        if (!command.caseFiles().isEmpty()
                && caseFiles.findAll(command.caseFiles()).size() < command.caseFiles().size()) {
            problems.add(new FieldError("caseFiles", "names a case file that does not exist"));
        }
        return problems;
    }

    private void published(ConsultationEntity consultation, Actor actor) {
        events.publishEvent(new ConsultationLogged(new TenantId(tenantOf(actor)),
                new ConsultationId(consultation.id()), consultation.heldOn(), consultation.type(),
                consultation.purpose(), consultation.purpose().isParticipatory()));
    }

    private ConsultationEntity find(ConsultationId id) {
        return consultations.findById(id.value()).orElseThrow(() -> new NotFoundException("Consultation"));
    }

    private static UUID tenantOf(Actor actor) {
        return Objects.requireNonNull(actor.tenantId(), "acting in an organisation");
    }

    static boolean mayReadNotes(ConsultationEntity consultation, Actor actor) {
        return actor.roles().stream().anyMatch(NOTE_READERS::contains) || actor.id().equals(consultation.recordedBy());
    }

    private Consultation toView(ConsultationEntity consultation, Actor actor) {
        boolean withNotes = mayReadNotes(consultation, actor);
        Map<CaseFileId, CaseFileReference> references = new HashMap<>();
        caseFiles.findAll(consultation.caseFileIds()).forEach(reference -> references.put(reference.id(), reference));
        var linked = consultation.caseFileIds().stream().map(references::get).filter(Objects::nonNull)
                .map(reference -> new LinkedCaseFile(reference.id(), reference.caseNumber(), reference.displayName()))
                .sorted(Comparator.comparing(LinkedCaseFile::caseNumber)).toList();
        return new Consultation(new ConsultationId(consultation.id()), consultation.version(), consultation.type(),
                consultation.purpose(), consultation.purpose().isParticipatory(), consultation.heldOn(),
                consultation.startsAt(), consultation.durationMinutes(), consultation.channel(), consultation.place(),
                consultation.language(), consultation.interpreterPresent(), consultation.interculturalWorkerPresent(),
                consultation.topicIds(), linked, consultation.headcounts(), consultation.receivingSociety(),
                consultation.stakeholders(), consultation.participants(),
                withNotes ? consultation.confidentialNotes() : null, !withNotes, consultation.outcome(),
                consultation.accommodations(), consultation.compensationAmount(), consultation.practiceId(),
                consultation.recordedBy(), consultation.createdAt(), consultation.updatedAt());
    }

    /** The page of views from rows fetched with {@code LIMIT limit + 1}. */
    static <E, T> CursorPage<T> page(List<E> rows, int limit, Function<E, T> view, Function<E, Cursor> position) {
        var page = CursorPage.of(rows, limit, position);
        return new CursorPage<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}
