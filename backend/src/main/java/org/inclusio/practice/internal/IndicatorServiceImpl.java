package org.inclusio.practice.internal;

import org.inclusio.practice.DefineIndicator;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorActuals;
import org.inclusio.practice.IndicatorId;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.RecordMeasurement;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Service
@Validated
@Transactional(readOnly = true)
class IndicatorServiceImpl implements IndicatorService {

    private final PracticeRepository practices;
    private final IndicatorRepository indicators;
    private final IndicatorActuals actuals;
    private final Clock clock;

    IndicatorServiceImpl(PracticeRepository practices, IndicatorRepository indicators, IndicatorActuals actuals,
                         Clock clock) {
        this.practices = practices;
        this.indicators = indicators;
        this.actuals = actuals;
        this.clock = clock;
    }

    @Override
    public List<Indicator> list(PracticeId practice) {
        List<UUID> objectiveOrder = practice(practice).objectiveOrder();
        Comparator<IndicatorEntity> byObjective = Comparator.comparingInt(indicator -> {
            int index = indicator.objectiveId() == null ? -1 : objectiveOrder.indexOf(indicator.objectiveId());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        return indicators.findByPracticeId(practice.value()).stream()
                .sorted(byObjective.thenComparingInt(IndicatorEntity::position)).map(this::toView).toList();
    }

    @Override
    public Indicator get(PracticeId practice, IndicatorId id) {
        return toView(find(practice, id));
    }

    @Override
    @Transactional
    public Indicator define(PracticeId practice, DefineIndicator command) {
        var owner = practice(practice);
        refuseProblems(owner, command);
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        int position = indicators.findByPracticeId(owner.id()).stream().mapToInt(IndicatorEntity::position).max()
                .orElse(-1) + 1;
        var indicator = new IndicatorEntity(tenant, owner.id(), position);
        indicator.apply(command);
        indicators.saveAndFlush(indicator);
        return toView(indicator);
    }

    @Override
    @Transactional
    public Indicator update(PracticeId practice, IndicatorId id, long expectedVersion, DefineIndicator changes) {
        var indicator = find(practice, id);
        StaleVersionException.requireVersion(expectedVersion, indicator.version());
        refuseProblems(practice(practice), changes);
        indicator.apply(changes);
        indicators.flush();
        return toView(indicator);
    }

    @Override
    @Transactional
    public void remove(PracticeId practice, IndicatorId id) {
        indicators.delete(find(practice, id));
    }

    @Override
    @Transactional
    public Indicator measure(PracticeId practice, IndicatorId id, RecordMeasurement measurement) {
        var indicator = find(practice, id);
        var problems = new ArrayList<FieldError>();
        if (indicator.metric() != null) {
            problems.add(new FieldError("value", "this indicator is computed from the records; it is not measured"
                    + " by hand"));
        }
        if (measurement.measuredOn() != null && measurement.measuredOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldError("measuredOn", "must not be after today"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        indicator.measure(measurement, CurrentActor.require().id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        indicators.flush();
        return toView(indicator);
    }

    private void refuseProblems(PracticeEntity practice, DefineIndicator command) {
        var problems = new ArrayList<FieldError>();
        if (command.objective() != null && !practice.objectiveIds().contains(command.objective().value())) {
            problems.add(new FieldError("objective", "names an objective this practice does not have"));
        }
        if (command.periodFrom() != null && command.periodTo() != null
                && command.periodTo().isBefore(command.periodFrom())) {
            problems.add(new FieldError("periodTo", "must not be before the start of the period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Indicator toView(IndicatorEntity indicator) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal actual = null;
        LocalDate asOf = null;
        if (indicator.metric() != null) {
            if (!indicator.periodFrom().isAfter(today)) {
                asOf = indicator.periodTo().isBefore(today) ? indicator.periodTo() : today;
                actual = actuals.compute(new PracticeId(indicator.practiceId()), indicator.metric(),
                        indicator.periodFrom(), asOf);
            }
        } else {
            var latest = indicator.latestMeasurement();
            if (latest.isPresent()) {
                actual = latest.get().value();
                asOf = latest.get().measuredOn();
            }
        }
        return new Indicator(new IndicatorId(indicator.id()), indicator.version(),
                new PracticeId(indicator.practiceId()),
                indicator.objectiveId() == null ? null : new ObjectiveId(indicator.objectiveId()), indicator.name(),
                indicator.unit(), indicator.baseline(), indicator.target(), indicator.periodFrom(),
                indicator.periodTo(), indicator.metric(), indicator.source(), actual, asOf,
                Indicator.progress(actual, indicator.target()), indicator.measurements());
    }

    private PracticeEntity practice(PracticeId id) {
        return practices.findById(id.value()).orElseThrow(() -> new NotFoundException("Practice"));
    }

    private IndicatorEntity find(PracticeId practice, IndicatorId id) {
        return indicators.findById(id.value()).filter(indicator -> indicator.practiceId().equals(practice.value()))
                .orElseThrow(() -> new NotFoundException("Indicator"));
    }
}
