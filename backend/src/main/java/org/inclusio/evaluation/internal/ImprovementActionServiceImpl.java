package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.ImprovementAction;
import org.inclusio.evaluation.ImprovementActionId;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.RaiseAction;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class ImprovementActionServiceImpl implements ImprovementActionService {

    private final ImprovementActionRepository actions;
    private final EvaluationRepository evaluations;
    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final Colleagues colleagues;
    private final Clock clock;

    ImprovementActionServiceImpl(ImprovementActionRepository actions, EvaluationRepository evaluations,
                                 FrameworkRepository frameworks, FrameworkDefinitions definitions,
                                 Colleagues colleagues, Clock clock) {
        this.actions = actions;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.colleagues = colleagues;
        this.clock = clock;
    }

    @Override
    public List<ImprovementAction> of(EvaluationId id) {
        var evaluation = evaluation(id.value());
        var ofPractice = actions.findByPracticeIdOrderByDueOn(evaluation.practiceId());
        Map<UUID, EvaluationEntity> raisers = evaluations.findAllById(ofPractice.stream()
                        .map(ImprovementActionEntity::raisedIn).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EvaluationEntity::id, raiser -> raiser));
        return views(ofPractice.stream()
                .filter(action -> action.raisedIn().equals(evaluation.id()) || carried(action,
                        raisers.get(action.raisedIn()), evaluation))
                .toList());
    }

    /** Raised by an earlier evaluation, and open or done during this one's period. */
    private static boolean carried(ImprovementActionEntity action, EvaluationEntity raiser, EvaluationEntity shown) {
        return raiser != null && raiser.periodTo().isBefore(shown.periodTo())
                && (action.doneOn() == null || !action.doneOn().isBefore(shown.periodFrom()));
    }

    @Override
    public List<ImprovementAction> all() {
        return views(actions.findAllByOrderByDueOn().stream()
                .sorted(java.util.Comparator.comparing(action -> action.doneOn() != null)).toList());
    }

    @Override
    @Transactional
    public ImprovementAction raise(EvaluationId id, RaiseAction action) {
        var evaluation = evaluation(id.value());
        refuseProblems(evaluation, action);
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var raised = new ImprovementActionEntity(tenant, evaluation.practiceId(), evaluation.id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        raised.apply(action, clock.instant().truncatedTo(ChronoUnit.MICROS));
        actions.saveAndFlush(raised);
        return views(List.of(raised)).getFirst();
    }

    @Override
    @Transactional
    public ImprovementAction update(ImprovementActionId id, long expectedVersion, RaiseAction changes) {
        var action = actions.findById(id.value()).orElseThrow(() -> new NotFoundException("Improvement action"));
        StaleVersionException.requireVersion(expectedVersion, action.version());
        refuseProblems(evaluation(action.raisedIn()), changes);
        action.apply(changes, clock.instant().truncatedTo(ChronoUnit.MICROS));
        actions.flush();
        return views(List.of(action)).getFirst();
    }

    private void refuseProblems(EvaluationEntity evaluation, RaiseAction action) {
        var problems = new ArrayList<FieldError>();
        if (action.item() != null) {
            var definition = frameworks.findById(evaluation.frameworkId())
                    .map(row -> definitions.fromJson(row.definition())).orElseThrow();
            if (definition.items().map(Item::code).noneMatch(action.item()::equals)) {
                problems.add(new FieldError("item", "names an item the framework does not have"));
            }
        }
        if (action.owner() != null && members().stream().noneMatch(action.owner()::equals)) {
            problems.add(new FieldError("owner", "is not an active member of this organisation"));
        }
        if (action.done() != null && action.done().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldError("done", "must not be after today"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private List<UserAccountId> members() {
        return colleagues.activeWithAnyRole(EnumSet.allOf(Role.class)).stream().map(Colleagues.Colleague::id)
                .toList();
    }

    private List<ImprovementAction> views(List<ImprovementActionEntity> rows) {
        Set<UserAccountId> owners = rows.stream().map(row -> new UserAccountId(row.ownerId()))
                .collect(Collectors.toSet());
        Map<UserAccountId, String> names = colleagues.displayNames(owners);
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> new ImprovementAction(new ImprovementActionId(row.id()), row.version(),
                new EvaluationId(row.raisedIn()), row.item(), row.description(), new UserAccountId(row.ownerId()),
                names.getOrDefault(new UserAccountId(row.ownerId()), ""), row.dueOn(), row.doneOn(),
                row.doneOn() == null && row.dueOn().isBefore(today))).toList();
    }

    private EvaluationEntity evaluation(UUID id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluation"));
    }
}
