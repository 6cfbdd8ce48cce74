package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvaluationEvents.DraftOpened;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.EvaluationSchedule;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.OpenEvaluation;
import org.inclusio.evaluation.ScheduleEvaluations;
import org.inclusio.evaluation.ScheduleEvaluations.Cadence;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@Service
@Validated
@Transactional(readOnly = true)
class EvaluationSchedulesImpl implements EvaluationSchedules {

    private final EvaluationScheduleRepository schedules;
    private final EvaluationRepository evaluations;
    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final EvaluationService evaluationService;
    private final PracticeService practices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationSchedulesImpl(EvaluationScheduleRepository schedules, EvaluationRepository evaluations,
                            FrameworkRepository frameworks, FrameworkDefinitions definitions,
                            EvaluationService evaluationService, PracticeService practices,
                            ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.evaluationService = evaluationService;
        this.practices = practices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<EvaluationSchedule> list() {
        return schedules.findAllByOrderByNextPeriodFromAsc().stream().map(this::toView).toList();
    }

    @Override
    public Optional<EvaluationSchedule> of(PracticeId practice) {
        return schedules.findByPracticeId(practice.value()).map(this::toView);
    }

    @Override
    @Transactional
    public EvaluationSchedule set(PracticeId practice, ScheduleEvaluations schedule) {
        practices.get(practice);
        if (frameworks.findById(schedule.framework().value()).isEmpty()) {
            throw new InvalidInputException("framework", "names a framework this organisation cannot use");
        }
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var entity = schedules.findByPracticeId(practice.value())
                .orElseGet(() -> new EvaluationScheduleEntity(tenant, practice.value()));
        entity.plan(schedule.framework().value(), schedule.cadence().months(), schedule.firstPeriodFrom(), now());
        return toView(schedules.saveAndFlush(entity));
    }

    @Override
    @Transactional
    public void stop(PracticeId practice) {
        schedules.delete(schedules.findByPracticeId(practice.value())
                .orElseThrow(() -> new NotFoundException("Evaluation schedule")));
    }

    @Override
    @Transactional
    public List<EvaluationId> openDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var opened = new ArrayList<EvaluationId>();
        for (var schedule : schedules.findAllByOrderByNextPeriodFromAsc()) {
            if (!schedule.skipToLatestEnded(today)) {
                continue;
            }
            LocalDate from = schedule.nextPeriodFrom();
            LocalDate to = schedule.nextPeriodTo();
            if (evaluations.existsByPracticeIdAndFrameworkIdAndPeriodFromAndPeriodTo(schedule.practiceId(),
                    schedule.frameworkId(), from, to)) {
                schedule.alreadyOpened(now());
                continue;
            }
            var draft = evaluationService.open(new OpenEvaluation(new PracticeId(schedule.practiceId()),
                    new FrameworkId(schedule.frameworkId()), from, to));
            schedule.opened(draft.id().value(), now());
            opened.add(draft.id());
            events.publishEvent(new DraftOpened(new TenantId(tenant), draft.id(), draft.practiceName(), from, to));
        }
        schedules.flush();
        return opened;
    }

    private EvaluationSchedule toView(EvaluationScheduleEntity schedule) {
        var framework = frameworks.findById(schedule.frameworkId())
                .orElseThrow(() -> new NotFoundException("Framework"));
        return new EvaluationSchedule(new PracticeId(schedule.practiceId()),
                practices.get(new PracticeId(schedule.practiceId())).name(),
                FrameworkServiceImpl.summary(framework.id(), definitions.fromJson(framework.definition()),
                        framework.shipped()),
                Cadence.ofMonths(schedule.months()), schedule.nextPeriodFrom(), schedule.nextPeriodTo(),
                schedule.lastOpened() == null ? null : new EvaluationId(schedule.lastOpened()), schedule.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
