package org.inclusio.assessment.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.assessment.AssessmentEvents.NeedsAssessed;
import org.inclusio.assessment.AssessmentRoles;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.DomainNeed;
import org.inclusio.assessment.Goal;
import org.inclusio.assessment.GoalEntry;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedDomainId;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentFilter;
import org.inclusio.assessment.NeedsAssessmentId;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.NeedsAssessmentSummary;
import org.inclusio.assessment.NeedsComparison;
import org.inclusio.assessment.ReassessmentDue;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.assessment.internal.NeedsAssessmentEntity.NeedRow;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReference;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.practice.PracticeDirectory;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class NeedsAssessmentServiceImpl implements NeedsAssessmentService {

    private static final String SENSITIVE_REFUSED =
            "only caseworkers, managers and protection focal points record health, mental health and safety";

    private final NeedsAssessmentRepository assessments;
    private final NeedDomainRepository domains;
    private final CaseFileDirectory caseFiles;
    private final SensitiveDescriptions sensitive;
    private final CaseloadTallies tallies;
    private final PracticeDirectory practices;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final AssessmentProperties properties;
    private final Clock clock;

    NeedsAssessmentServiceImpl(NeedsAssessmentRepository assessments, NeedDomainRepository domains,
                               CaseFileDirectory caseFiles, SensitiveDescriptions sensitive, CaseloadTallies tallies,
                               PracticeDirectory practices, EntityManager entityManager, ApplicationEventPublisher events,
                               AssessmentProperties properties, Clock clock) {
        this.assessments = assessments;
        this.domains = domains;
        this.caseFiles = caseFiles;
        this.sensitive = sensitive;
        this.tallies = tallies;
        this.practices = practices;
        this.entityManager = entityManager;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<NeedDomain> domains() {
        return domains.findAllByOrderByPosition().stream().map(NeedDomainEntity::toView).toList();
    }

    @Override
    @Transactional
    public NeedsAssessment record(RecordNeedsAssessment command) {
        var actor = CurrentActor.require();
        var domainsById = domainsById();
        var caseFile = caseFiles.find(command.caseFile());
        refuseProblems(command, domainsById, caseFile, actor, null);
        UUID caseFileId = command.caseFile().value();
        tallies.withdraw(caseFileId);
        var assessment = new NeedsAssessmentEntity(tenantOf(actor), caseFileId, actor.id(), now());
        apply(assessment, command, domainsById, true);
        assessments.saveAndFlush(assessment);
        var history = afterChange(caseFileId);
        boolean reassessment = !history.getFirst().id().equals(assessment.id());
        events.publishEvent(new NeedsAssessed(new TenantId(tenantOf(actor)), new NeedsAssessmentId(assessment.id()),
                command.caseFile(), assessment.assessedOn(), reassessment));
        return toView(assessment, history, actor);
    }

    @Override
    @Transactional
    public NeedsAssessment update(NeedsAssessmentId id, long expectedVersion, RecordNeedsAssessment changes) {
        var assessment = find(id);
        StaleVersionException.requireVersion(expectedVersion, assessment.version());
        var actor = CurrentActor.require();
        var domainsById = domainsById();
        refuseProblems(changes, domainsById, caseFiles.find(changes.caseFile()), actor, assessment);
        tallies.withdraw(assessment.caseFileId());
        apply(assessment, changes, domainsById, seesSensitive(actor));
        assessments.flush();
        return toView(assessment, afterChange(assessment.caseFileId()), actor);
    }

    @Override
    public NeedsAssessment get(NeedsAssessmentId id) {
        var assessment = find(id);
        return toView(assessment, assessments.findHistory(assessment.caseFileId()), CurrentActor.require());
    }

    @Override
    public CursorPage<NeedsAssessmentSummary> list(NeedsAssessmentFilter filter, @Nullable String cursor,
                                                   int limit) {
        var after = Cursor.decodeIfPresent(cursor).orElse(null);
        var where = new StringBuilder("select a from NeedsAssessmentEntity a where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.caseFile() != null) {
            where.append(" and a.caseFileId = :caseFile");
            parameters.put("caseFile", filter.caseFile().value());
        }
        if (filter.from() != null) {
            where.append(" and a.assessedOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and a.assessedOn <= :to");
            parameters.put("to", filter.to());
        }
        if (after != null) {
            where.append(" and (a.assessedOn, a.id) < (:afterDate, :afterId)");
            parameters.put("afterDate", after.date());
            parameters.put("afterId", after.id());
        }
        where.append(" order by a.assessedOn desc, a.id desc");
        var query = entityManager.createQuery(where.toString(), NeedsAssessmentEntity.class).setMaxResults(limit + 1);
        parameters.forEach(query::setParameter);
        var page = CursorPage.of(query.getResultList(), limit, row -> Cursor.of(row.assessedOn(), row.id()));
        Map<CaseFileId, String> caseNumbers = caseNumbers(page.items().stream()
                .map(row -> new CaseFileId(row.caseFileId())).toList());
        Set<UUID> reassessments = reassessments(page.items());
        return new CursorPage<>(page.items().stream().map(row -> row.toSummary(
                caseNumbers.getOrDefault(new CaseFileId(row.caseFileId()), ""), reassessments.contains(row.id())))
                .toList(), page.nextCursor());
    }

    @Override
    public List<NeedsAssessment> history(CaseFileId caseFile) {
        if (caseFiles.find(caseFile).isEmpty()) {
            throw new NotFoundException("Case file");
        }
        var history = assessments.findHistory(caseFile.value());
        var actor = CurrentActor.require();
        return history.stream().map(assessment -> toView(assessment, history, actor)).toList();
    }

    @Override
    public NeedsComparison comparison(NeedsAssessmentId id) {
        var assessment = find(id);
        var history = assessments.findHistory(assessment.caseFileId());
        var actor = CurrentActor.require();
        var current = toView(assessment, history, actor);
        var previous = previousOf(assessment, history).map(earlier -> toView(earlier, history, actor));
        var visibleDomains = domains().stream().filter(domain -> !domain.sensitive() || seesSensitive(actor))
                .toList();
        return new NeedsComparison(current.id(), current.assessedOn(), previous.map(NeedsAssessment::id).orElse(null),
                previous.map(NeedsAssessment::assessedOn).orElse(null), NeedsComparisons.compare(visibleDomains,
                previous.map(NeedsAssessment::needs).orElse(List.of()), current.needs()),
                current.sensitiveWithheld() || previous.map(NeedsAssessment::sensitiveWithheld).orElse(false));
    }

    @Override
    public CursorPage<ReassessmentDue> overdueReassessments(@Nullable String cursor, int limit) {
        var after = Cursor.decodeIfPresent(cursor).orElse(null);
        LocalDate today = LocalDate.now(clock);
        var rows = tallies.due(today, after, limit + 1);
        var page = CursorPage.of(rows, limit, row -> Cursor.of(row.dueOn(), row.caseFile()));
        Map<CaseFileId, CaseFileReference> references = caseFiles.findAll(page.items().stream()
                        .map(row -> new CaseFileId(row.caseFile())).toList()).stream()
                .collect(Collectors.toMap(CaseFileReference::id, Function.identity()));
        return new CursorPage<>(page.items().stream().map(row -> {
            var reference = references.get(new CaseFileId(row.caseFile()));
            return new ReassessmentDue(new CaseFileId(row.caseFile()),
                    reference == null ? "" : reference.caseNumber(), reference == null ? "" : reference.displayName(),
                    new NeedsAssessmentId(row.latest()), row.lastAssessedOn(), row.dueOn(),
                    ChronoUnit.DAYS.between(row.dueOn(), today));
        }).toList(), page.nextCursor());
    }

    /** Everything about the person, sensitive domains opened: their part of a data-subject export. */
    List<NeedsAssessment> fullHistory(UUID caseFile) {
        var history = assessments.findHistory(caseFile);
        return history.stream().map(assessment -> toView(assessment, history, true)).toList();
    }

    private void refuseProblems(RecordNeedsAssessment command, Map<UUID, NeedDomainEntity> domainsById,
                                Optional<CaseFileReference> caseFile, Actor actor,
                                @Nullable NeedsAssessmentEntity existing) {
        var problems = new ArrayList<FieldError>();
        practices.problemWith(command.practiceId(), "practiceId").ifPresent(problems::add);
        if (command.assessedOn() != null && command.assessedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldError("assessedOn", "must not be after today"));
        }
        if (command.reassessmentDue() != null && command.assessedOn() != null
                && !command.reassessmentDue().isAfter(command.assessedOn())) {
            problems.add(new FieldError("reassessmentDue", "must be after the assessment date"));
        }
        var named = command.needs().stream().map(need -> need.domain().value()).toList();
        if (named.stream().distinct().count() < named.size()) {
            problems.add(new FieldError("needs", "assess each domain once"));
        }
        var goalDomains = command.goals().stream().map(GoalEntry::domain).filter(Objects::nonNull)
                .map(NeedDomainId::value).toList();
        if (!domainsById.keySet().containsAll(named)) {
            problems.add(new FieldError("needs", "names a domain this organisation does not have"));
        }
        if (!domainsById.keySet().containsAll(goalDomains)) {
            problems.add(new FieldError("goals", "names a domain this organisation does not have"));
        }
        if (!seesSensitive(actor)) {
            if (named.stream().map(domainsById::get).anyMatch(domain -> domain != null && domain.sensitive())) {
                problems.add(new FieldError("needs", SENSITIVE_REFUSED));
            }
            if (goalDomains.stream().map(domainsById::get).anyMatch(domain -> domain != null && domain.sensitive())) {
                problems.add(new FieldError("goals", SENSITIVE_REFUSED));
            }
        }
        if (command.otherBarrier() != null && !command.barriers().contains(Barrier.OTHER)) {
            problems.add(new FieldError("otherBarrier", "only with the barrier OTHER"));
        }
        if (caseFile.isEmpty()) {
            problems.add(new FieldError("caseFile", "names a case file that does not exist"));
        } else if (existing != null && !existing.caseFileId().equals(command.caseFile().value())) {
            problems.add(new FieldError("caseFile", "an assessment stays with its case file"));
        } else if (!caseFile.get().open()) {
            problems.add(new FieldError("caseFile", "the case file is closed; reopen it to assess the person"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * @param replaceSensitive whether the command's sensitive domains replace the stored ones; someone who may not
     *                         see them keeps them as they were, with their goals
     */
    private void apply(NeedsAssessmentEntity assessment, RecordNeedsAssessment command,
                       Map<UUID, NeedDomainEntity> domainsById, boolean replaceSensitive) {
        var rows = new ArrayList<NeedRow>();
        var sealed = new HashMap<UUID, String>();
        for (NeedEntry need : command.needs()) {
            UUID domain = need.domain().value();
            boolean isSensitive = domainsById.get(domain).sensitive();
            rows.add(new NeedRow(assessment.tenantId(), domain, need.level(), need.status(),
                    isSensitive ? null : need.description()));
            if (isSensitive && need.description() != null) {
                sealed.put(domain, need.description());
            }
        }
        var goals = new ArrayList<>(command.goals());
        if (replaceSensitive) {
            sensitive.store(assessment, sealed);
        } else {
            assessment.needs().stream().filter(row -> domainsById.get(row.domainId()).sensitive()).forEach(rows::add);
            assessment.goals().stream()
                    .filter(goal -> goal.domainId() != null && domainsById.get(goal.domainId()).sensitive())
                    .map(goal -> new GoalEntry(goal.goal(), new NeedDomainId(goal.domainId()), goal.targetDate(),
                            goal.status()))
                    .forEach(goals::add);
        }
        LocalDate due = command.reassessmentDue() != null ? command.reassessmentDue()
                : command.assessedOn().plus(properties.reassessmentInterval());
        assessment.apply(new RecordNeedsAssessment(command.caseFile(), command.assessedOn(), command.method(),
                command.language(), command.needs(), command.barriers(), command.otherBarrier(),
                command.capacities(), goals, command.reassessmentDue(), command.practiceId()), due, rows, now());
    }

    /**
     * After a write: every assessment of the case file learns the date of the next one, and the case file its
     * contribution to the tallies. Returns the case file's history, oldest first.
     */
    private List<NeedsAssessmentEntity> afterChange(UUID caseFile) {
        var history = assessments.findHistory(caseFile);
        for (int i = 0; i < history.size(); i++) {
            history.get(i).supersededOn(i + 1 < history.size() ? history.get(i + 1).assessedOn() : null);
        }
        assessments.flush();
        tallies.contribute(caseFile, true);
        return history;
    }

    private NeedsAssessment toView(NeedsAssessmentEntity assessment, List<NeedsAssessmentEntity> history,
                                   Actor actor) {
        return toView(assessment, history, seesSensitive(actor));
    }

    private NeedsAssessment toView(NeedsAssessmentEntity assessment, List<NeedsAssessmentEntity> history,
                                   boolean withSensitive) {
        var domainsById = domainsById();
        Map<UUID, String> opened = withSensitive ? sensitive.open(assessment) : Map.of();
        boolean withheld = false;
        var needs = new ArrayList<DomainNeed>();
        for (NeedRow row : assessment.needs()) {
            var domain = domainsById.get(row.domainId());
            if (domain.sensitive() && !withSensitive) {
                withheld = true;
                continue;
            }
            needs.add(new DomainNeed(new NeedDomainId(domain.id()), domain.code(), domain.sensitive(), row.level(),
                    row.status(), domain.sensitive() ? opened.get(domain.id()) : row.description()));
        }
        needs.sort(Comparator.comparingInt(need -> domainsById.get(need.domain().value()).toView().position()));
        var goals = new ArrayList<Goal>();
        for (var goal : assessment.goals()) {
            var domain = goal.domainId() == null ? null : domainsById.get(goal.domainId());
            if (domain != null && domain.sensitive() && !withSensitive) {
                withheld = true;
                continue;
            }
            goals.add(new Goal(goal.goal(), domain == null ? null : new NeedDomainId(domain.id()),
                    domain == null ? null : domain.code(), goal.targetDate(), goal.status()));
        }
        var previous = previousOf(assessment, history).map(earlier -> new NeedsAssessmentId(earlier.id()));
        String caseNumber = caseFiles.find(new CaseFileId(assessment.caseFileId()))
                .map(CaseFileReference::caseNumber).orElse("");
        return new NeedsAssessment(new NeedsAssessmentId(assessment.id()), assessment.version(),
                new CaseFileId(assessment.caseFileId()), caseNumber, assessment.assessedOn(), assessment.method(),
                assessment.language(), List.copyOf(needs), withheld, assessment.barriers(),
                assessment.otherBarrier(), assessment.capacities(), List.copyOf(goals), assessment.reassessmentDue(),
                previous.orElse(null), assessment.practiceId(), assessment.recordedBy(), assessment.createdAt(),
                assessment.updatedAt());
    }

    private static Optional<NeedsAssessmentEntity> previousOf(NeedsAssessmentEntity assessment,
                                                              List<NeedsAssessmentEntity> history) {
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).id().equals(assessment.id())) {
                return Optional.of(history.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The ids among {@code page} that have an earlier assessment of the same case file. */
    private Set<UUID> reassessments(List<NeedsAssessmentEntity> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                        select a.id from NeedsAssessmentEntity a where a.id in :ids and exists (
                            select 1 from NeedsAssessmentEntity e where e.caseFileId = a.caseFileId
                            and (e.assessedOn < a.assessedOn or (e.assessedOn = a.assessedOn and e.createdAt < a.createdAt)))""",
                        UUID.class)
                .setParameter("ids", page.stream().map(NeedsAssessmentEntity::id).toList()).getResultList());
    }

    private Map<CaseFileId, String> caseNumbers(List<CaseFileId> ids) {
        return caseFiles.findAll(ids).stream()
                .collect(Collectors.toMap(CaseFileReference::id, CaseFileReference::caseNumber));
    }

    private Map<UUID, NeedDomainEntity> domainsById() {
        return domains.findAll().stream().collect(Collectors.toMap(NeedDomainEntity::id, Function.identity()));
    }

    private NeedsAssessmentEntity find(NeedsAssessmentId id) {
        return assessments.findById(id.value()).orElseThrow(() -> new NotFoundException("Needs assessment"));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean seesSensitive(Actor actor) {
        return actor.roles().stream().anyMatch(AssessmentRoles.SEE_SENSITIVE_DOMAINS::contains);
    }

    private static UUID tenantOf(Actor actor) {
        return Objects.requireNonNull(actor.tenantId(), "acting in an organisation");
    }
}
