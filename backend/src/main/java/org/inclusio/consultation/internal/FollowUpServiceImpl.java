package org.inclusio.consultation.internal;

import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.CreateFollowUp;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpId;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.identity.Colleagues;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

@Service
@Validated
@Transactional(readOnly = true)
class FollowUpServiceImpl implements FollowUpService {

    private final FollowUpRepository followUps;
    private final ConsultationRepository consultations;
    private final CaseFileDirectory caseFiles;
    private final Colleagues colleagues;
    private final Clock clock;

    FollowUpServiceImpl(FollowUpRepository followUps, ConsultationRepository consultations,
                        CaseFileDirectory caseFiles, Colleagues colleagues, Clock clock) {
        this.followUps = followUps;
        this.consultations = consultations;
        this.caseFiles = caseFiles;
        this.colleagues = colleagues;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FollowUp create(CreateFollowUp command) {
        var actor = CurrentActor.require();
        UUID assignee;
        if (command.assignee() != null) {
            assignee = command.assignee().value();
        } else if (actor.kind() == Actor.Kind.USER) {
            assignee = actor.id();
        } else {
            throw new InvalidInputException("assignee", "name the member who will do it");
        }
        if (command.consultation() != null && !consultations.existsById(command.consultation().value())) {
            throw new InvalidInputException("consultation", "does not exist");
        }
        if (command.caseFile() != null && caseFiles.find(command.caseFile()).isEmpty()) {
            throw new InvalidInputException("caseFile", "does not exist");
        }
        if (colleagues.activeWithAnyRole(EnumSet.allOf(Role.class)).stream()
                .noneMatch(colleague -> colleague.id().value().equals(assignee))) {
            throw new InvalidInputException("assignee", "is not an active member of this organisation");
        }
        return followUps.saveAndFlush(new FollowUpEntity(command.what(), assignee, command.dueOn(),
                command.consultation() == null ? null : command.consultation().value(),
                command.caseFile() == null ? null : command.caseFile().value(), actor.id(), StoredTime.now(clock)))
                .toView(today());
    }

    @Override
    @Transactional
    public FollowUp complete(FollowUpId id) {
        var followUp = find(id);
        followUp.complete(StoredTime.now(clock));
        followUps.flush();
        return followUp.toView(today());
    }

    @Override
    public FollowUp get(FollowUpId id) {
        return find(id).toView(today());
    }

    @Override
    public CursorPage<FollowUp> list(@Nullable String cursor, int limit) {
        var after = Cursor.decodeIfPresent(cursor);
        var rows = after.map(position -> followUps.findPageAfter(position.date(), position.id(), Limit.of(limit + 1)))
                .orElseGet(() -> followUps.findAllByOrderByDueOnAscIdAsc(Limit.of(limit + 1)));
        LocalDate today = today();
        return ConsultationServiceImpl.page(rows, limit, row -> row.toView(today),
                row -> Cursor.of(row.dueOn(), row.id()));
    }

    @Override
    public List<FollowUp> mine() {
        var actor = CurrentActor.require();
        LocalDate today = today();
        return followUps.findByAssigneeIdAndDoneAtIsNullOrderByDueOnAscIdAsc(actor.id()).stream()
                .map(row -> row.toView(today)).toList();
    }

    @Override
    public List<FollowUp> overdue() {
        LocalDate today = today();
        return followUps.findByDoneAtIsNullAndDueOnBeforeOrderByDueOnAscIdAsc(today).stream()
                .map(row -> row.toView(today)).toList();
    }

    /** For a case file's timeline, inside the caller's transaction and checks. */
    List<FollowUp> ofCaseFile(CaseFileId caseFile) {
        LocalDate today = today();
        return followUps.findByCaseFileIdOrderByDueOnDescIdDesc(caseFile.value()).stream()
                .map(row -> row.toView(today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private FollowUpEntity find(FollowUpId id) {
        return followUps.findById(id.value()).orElseThrow(() -> new NotFoundException("Follow-up"));
    }
}
