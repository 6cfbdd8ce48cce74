package org.inclusio.assessment.internal;

import org.inclusio.assessment.AssessmentEvents.CommunityAssessed;
import org.inclusio.assessment.Finding;
import org.inclusio.assessment.NeedDomainId;
import org.inclusio.assessment.ParticipantCount;
import org.inclusio.assessment.ParticipatoryAssessment;
import org.inclusio.assessment.ParticipatoryAssessmentId;
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.assessment.ParticipatoryAssessmentSummary;
import org.inclusio.assessment.RecordParticipatoryAssessment;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.practice.PracticeDirectory;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class ParticipatoryAssessmentServiceImpl implements ParticipatoryAssessmentService {

    private final ParticipatoryAssessmentRepository assessments;
    private final NeedDomainRepository domains;
    private final ConsultationService consultations;
    private final PracticeDirectory practices;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipatoryAssessmentServiceImpl(ParticipatoryAssessmentRepository assessments, NeedDomainRepository domains,
                                       ConsultationService consultations, PracticeDirectory practices,
                                       EntityManager entityManager,
                                       ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.domains = domains;
        this.consultations = consultations;
        this.practices = practices;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ParticipatoryAssessment record(RecordParticipatoryAssessment command) {
        refuseProblems(command);
        var actor = CurrentActor.require();
        UUID tenant = Objects.requireNonNull(actor.tenantId(), "acting in an organisation");
        var assessment = new ParticipatoryAssessmentEntity(tenant, actor.id(), now());
        assessment.apply(command, now());
        assessments.saveAndFlush(assessment);
        events.publishEvent(new CommunityAssessed(new TenantId(tenant), new ParticipatoryAssessmentId(assessment.id()),
                assessment.periodFrom(), assessment.periodTo()));
        return toView(assessment);
    }

    @Override
    @Transactional
    public ParticipatoryAssessment update(ParticipatoryAssessmentId id, long expectedVersion,
                                         RecordParticipatoryAssessment changes) {
        var assessment = find(id);
        StaleVersionException.requireVersion(expectedVersion, assessment.version());
        refuseProblems(changes);
        assessment.apply(changes, now());
        assessments.flush();
        return toView(assessment);
    }

    @Override
    public ParticipatoryAssessment get(ParticipatoryAssessmentId id) {
        return toView(find(id));
    }

    @Override
    public CursorPage<ParticipatoryAssessmentSummary> list(@Nullable String cursor, int limit) {
        var after = Cursor.decodeIfPresent(cursor).orElse(null);
        var query = entityManager.createQuery("select a from ParticipatoryAssessmentEntity a"
                        + (after == null ? "" : " where (a.periodTo, a.id) < (:afterDate, :afterId)")
                        + " order by a.periodTo desc, a.id desc", ParticipatoryAssessmentEntity.class)
                .setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
        }
        var page = CursorPage.of(query.getResultList(), limit, row -> Cursor.of(row.periodTo(), row.id()));
        return new CursorPage<>(page.items().stream().map(ParticipatoryAssessmentEntity::toSummary).toList(),
                page.nextCursor());
    }

    private void refuseProblems(RecordParticipatoryAssessment command) {
        var problems = new ArrayList<FieldError>();
        practices.problemWith(command.practiceId(), "practiceId").ifPresent(problems::add);
        if (command.periodFrom() != null && command.periodTo() != null
                && command.periodTo().isBefore(command.periodFrom())) {
            problems.add(new FieldError("periodTo", "must not be before the start of the period"));
        }
        if (command.participants().stream().map(cell -> cell.gender() + "/" + cell.ageBand()).distinct().count()
                < command.participants().size()) {
            problems.add(new FieldError("participants", "count each gender and age band once"));
        }
        if (command.groups().stream().map(ParticipantCount::group).distinct().count() < command.groups().size()) {
            problems.add(new FieldError("groups", "count each group once"));
        }
        var known = domains.findAll().stream().map(NeedDomainEntity::id).collect(Collectors.toSet());
        if (command.findings().stream().map(Finding::domain).filter(Objects::nonNull)
                .anyMatch(domain -> !known.contains(domain.value()))) {
            problems.add(new FieldError("findings", "names a domain this organisation does not have"));
        }
        LocalDate today = LocalDate.now(clock);
        if (command.findings().stream().anyMatch(finding -> finding.action() != null
                && finding.action().changedOn() != null && finding.action().changedOn().isAfter(today))) {
            problems.add(new FieldError("findings", "an action taken must not be dated after today"));
        }
        for (ConsultationId consultation : command.consultations()) {
            try {
                consultations.get(consultation);
            } catch (NotFoundException unknown) {
                problems.add(new FieldError("consultations", "names a consultation that does not exist"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ParticipatoryAssessment toView(ParticipatoryAssessmentEntity assessment) {
        Map<UUID, NeedDomainEntity> domainsById = domains.findAll().stream()
                .collect(Collectors.toMap(NeedDomainEntity::id, Function.identity()));
        var findings = assessment.findings().stream().map(row -> {
            var domain = row.domainId() == null ? null : domainsById.get(row.domainId());
            return new Finding(row.kind(), domain == null ? null : new NeedDomainId(domain.id()),
                    domain == null ? null : domain.code(), row.priority(), row.text(),
                    ParticipatoryAssessmentEntity.actionOf(row));
        }).toList();
        return new ParticipatoryAssessment(new ParticipatoryAssessmentId(assessment.id()), assessment.version(),
                assessment.title(), assessment.summary(), assessment.practiceId(), assessment.periodFrom(),
                assessment.periodTo(), assessment.methods(), assessment.headcounts(), assessment.groups(),
                assessment.participants(), assessment.languages(), assessment.consultations(), findings,
                assessment.recordedBy(), assessment.createdAt(), assessment.updatedAt());
    }

    private ParticipatoryAssessmentEntity find(ParticipatoryAssessmentId id) {
        return assessments.findById(id.value())
                .orElseThrow(() -> new NotFoundException("Participatory assessment"));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
