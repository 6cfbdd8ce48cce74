package org.inclusio.practice.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.practice.Funding;
import org.inclusio.practice.Objective;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeDirectory;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.practice.RecordPractice;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@Service
@Validated
@Transactional(readOnly = true)
class PracticeServiceImpl implements PracticeService, PracticeDirectory {

    private final PracticeRepository practices;
    private final IndicatorRepository indicators;
    private final EntityManager entityManager;
    private final Clock clock;

    PracticeServiceImpl(PracticeRepository practices, IndicatorRepository indicators, EntityManager entityManager,
                        Clock clock) {
        this.practices = practices;
        this.indicators = indicators;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Practice record(RecordPractice command) {
        refuseProblems(command, null);
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var practice = new PracticeEntity(tenant, now());
        practice.apply(command, now());
        practices.saveAndFlush(practice);
        return practice.toView();
    }

    @Override
    @Transactional
    public Practice update(PracticeId id, long expectedVersion, RecordPractice changes) {
        var practice = find(id);
        StaleVersionException.requireVersion(expectedVersion, practice.version());
        refuseProblems(changes, practice);
        practice.apply(changes, now());
        practices.flush();
        return practice.toView();
    }

    @Override
    public Practice get(PracticeId id) {
        return find(id).toView();
    }

    @Override
    public CursorPage<PracticeSummary> list(@Nullable PracticeStatus status, @Nullable String cursor, int limit) {
        var after = Cursor.decodeIfPresent(cursor).orElse(null);
        var conditions = new ArrayList<String>();
        if (status != null) {
            conditions.add("p.status = :status");
        }
        if (after != null) {
            conditions.add("(p.startsOn, p.id) < (:afterDate, :afterId)");
        }
        var query = entityManager.createQuery("select p from PracticeEntity p"
                        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                        + " order by p.startsOn desc, p.id desc", PracticeEntity.class)
                .setMaxResults(limit + 1);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
        }
        var page = CursorPage.of(query.getResultList(), limit, row -> Cursor.of(row.startsOn(), row.id()));
        return new CursorPage<>(page.items().stream().map(PracticeEntity::toSummary).toList(), page.nextCursor());
    }

    @Override
    public List<PracticeSummary> choices() {
        return practices.findAllByOrderByNameAsc().stream().map(PracticeEntity::toSummary).toList();
    }

    @Override
    public boolean exists(PracticeId id) {
        return practices.existsById(id.value());
    }

    private void refuseProblems(RecordPractice command, @Nullable PracticeEntity current) {
        var problems = new ArrayList<FieldError>();
        if (command.name() != null) {
            practices.findByName(command.name()).filter(other -> current == null || !other.id().equals(current.id()))
                    .ifPresent(other -> problems.add(new FieldError("name", "another practice has this name")));
        }
        if (command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            problems.add(new FieldError("endsOn", "must not be before the start"));
        }
        for (int i = 0; i < command.funding().size(); i++) {
            Funding funding = command.funding().get(i);
            if ((funding.amount() == null) != (funding.currency() == null)) {
                problems.add(new FieldError("funding[" + i + "].currency", "give the amount with its currency"));
            }
            if (funding.startsOn() != null && funding.endsOn() != null
                    && funding.endsOn().isBefore(funding.startsOn())) {
                problems.add(new FieldError("funding[" + i + "].endsOn", "must not be before the start"));
            }
        }
        Set<UUID> existing = current == null ? Set.of() : current.objectiveIds();
        Set<UUID> kept = new HashSet<>();
        for (Objective objective : command.objectives()) {
            if (objective.id() != null && (!existing.contains(objective.id().value())
                    || !kept.add(objective.id().value()))) {
                problems.add(new FieldError("objectives", "names an objective this practice does not have"));
                break;
            }
        }
        var removed = new HashSet<>(existing);
        removed.removeAll(kept);
        if (current != null && !removed.isEmpty() && indicators.existsByPracticeIdAndObjectiveIdIn(current.id(),
                removed)) {
            problems.add(new FieldError("objectives",
                    "an objective that still has indicators cannot be removed; move or remove its indicators first"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private PracticeEntity find(PracticeId id) {
        return practices.findById(id.value()).orElseThrow(() -> new NotFoundException("Practice"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
