package org.inclusio.feedback.internal;

import org.inclusio.feedback.EnterFeedback;
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackCodeId;
import org.inclusio.feedback.FeedbackEvents.FeedbackResponded;
import org.inclusio.feedback.FeedbackEvents.SensitiveFeedbackViewed;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.FeedbackSetup.ServiceLevels;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.Receipt;
import org.inclusio.feedback.Triage;
import org.inclusio.feedback.YouSaidWeDidId;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
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
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The inbox. Sensitive reports are filtered out in every query for everyone but protection focal points; every
 * sensitive report a focal point is shown (a page, one report, the overdue list) is audited in the same transaction,
 * which is why the reads here are read-write transactions.
 */
@Service
@Validated
@Transactional(readOnly = true)
class FeedbackServiceImpl implements FeedbackService {

    private static final List<FeedbackStatus> FORWARD = List.of(FeedbackStatus.RECEIVED,
            FeedbackStatus.ACKNOWLEDGED, FeedbackStatus.IN_REVIEW, FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED);
    private static final Set<IntakeChannel> STAFF_INTAKE = EnumSet.of(IntakeChannel.PAPER, IntakeChannel.PHONE,
            IntakeChannel.IN_PERSON);

    private final FeedbackRepository feedback;
    private final NoteRepository notes;
    private final ChannelRepository channels;
    private final CodeRepository codes;
    private final YouSaidWeDidRepository entries;
    private final FeedbackSearch search;
    private final FeedbackIntake intake;
    private final CurrentServiceLevels serviceLevels;
    private final Colleagues colleagues;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackServiceImpl(FeedbackRepository feedback, NoteRepository notes, ChannelRepository channels,
                        CodeRepository codes, YouSaidWeDidRepository entries, FeedbackSearch search,
                        FeedbackIntake intake, CurrentServiceLevels serviceLevels, Colleagues colleagues,
                        ApplicationEventPublisher events, Clock clock) {
        this.feedback = feedback;
        this.notes = notes;
        this.channels = channels;
        this.codes = codes;
        this.entries = entries;
        this.search = search;
        this.intake = intake;
        this.serviceLevels = serviceLevels;
        this.colleagues = colleagues;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt enter(EnterFeedback command) {
        if (!STAFF_INTAKE.contains(command.intake())) {
            throw new InvalidInputException("intake", "is paper, phone or in person for feedback staff type in");
        }
        var channel = channels.findById(command.channel().value())
                .orElseThrow(() -> new InvalidInputException("channel", "is not a channel of this organisation"));
        return intake.take(channel, command.intake(), command.receivedOn(), command.form());
    }

    @Override
    @Transactional
    public CursorPage<Feedback> list(FeedbackFilter filter, @Nullable String cursor, int limit) {
        var rows = search.page(filter, focalPoint(), serviceLevels.current(), today(),
                Cursor.decodeIfPresent(cursor).orElse(null), limit + 1);
        var page = CursorPage.of(views(rows), limit, item -> Cursor.of(item.receivedOn(), item.id().value()));
        page.items().forEach(this::auditIfSensitive);
        return page;
    }

    @Override
    @Transactional
    public List<Feedback> overdue() {
        var items = views(search.overdue(focalPoint(), serviceLevels.current(), today()));
        items.forEach(this::auditIfSensitive);
        return items;
    }

    @Override
    public long hiddenSensitiveCount() {
        return focalPoint() ? 0 : feedback.countByCategory(FeedbackCategory.SERIOUS);
    }

    @Override
    public long unacknowledgedSensitiveCount() {
        return feedback.countByCategoryAndStatus(FeedbackCategory.SERIOUS, FeedbackStatus.RECEIVED);
    }

    @Override
    @Transactional
    public Feedback get(FeedbackId id) {
        var item = view(findVisible(id));
        auditIfSensitive(item);
        return item;
    }

    @Override
    @Transactional
    public Feedback triage(FeedbackId id, long expectedVersion, Triage triage) {
        var entity = findVisible(id);
        StaleVersionException.requireVersion(expectedVersion, entity.version());
        checkMove(entity.status(), triage);
        if (triage.assignee() != null && !triage.assignee().equals(entity.assigneeId())) {
            checkAssignee(triage.assignee());
        }
        UUID code = triage.code() == null ? null : triage.code().value();
        if (code != null && !code.equals(entity.codeId())
                && codes.findById(code).filter(found -> !found.retired()).isEmpty()) {
            throw new InvalidInputException("code", "is not a code of this organisation's framework in use");
        }
        UUID entry = triage.youSaidWeDid() == null ? null : triage.youSaidWeDid().value();
        if (entry != null && !entries.existsById(entry)) {
            throw new InvalidInputException("youSaidWeDid", "is not an entry of this organisation");
        }
        boolean answeredBefore = entity.answeredOn() != null;
        entity.triage(triage.status(), triage.assignee(), triage.type(), code, blankToNull(triage.publicReply()),
                entry, today());
        feedback.flush();
        announceIfAnswered(entity, answeredBefore);
        return view(entity);
    }

    @Override
    @Transactional
    public Feedback addNote(FeedbackId id, String text) {
        var entity = findVisible(id);
        notes.saveAndFlush(new NoteEntity(entity.id(), CurrentActor.require().id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), text));
        return view(entity);
    }

    @Override
    @Transactional
    public Feedback refer(FeedbackId id, long expectedVersion, String organisationName,
                          @Nullable String publicReply) {
        var entity = findVisible(id);
        StaleVersionException.requireVersion(expectedVersion, entity.version());
        if (!FeedbackSearch.OPEN.contains(entity.status())) {
            throw new InvalidInputException("status", "is " + entity.status() + "; only open feedback is referred");
        }
        boolean answeredBefore = entity.answeredOn() != null;
        entity.refer(organisationName.strip(), blankToNull(publicReply), today());
        feedback.flush();
        announceIfAnswered(entity, answeredBefore);
        return view(entity);
    }

    /** Forward only along received → … → closed; referral has its own call; answering needs a public reply. */
    private static void checkMove(FeedbackStatus current, Triage triage) {
        FeedbackStatus target = triage.status();
        if (target != current) {
            if (target == FeedbackStatus.REFERRED) {
                throw new InvalidInputException("status", "is set by referring the feedback");
            }
            boolean forward = current == FeedbackStatus.REFERRED ? target == FeedbackStatus.CLOSED
                    : FORWARD.indexOf(target) > FORWARD.indexOf(current);
            if (!forward) {
                throw new InvalidInputException("status", "moves forward only, from " + current);
            }
        }
        if (target == FeedbackStatus.ANSWERED && blankToNull(triage.publicReply()) == null) {
            throw new InvalidInputException("publicReply", "is needed to answer the feedback");
        }
    }

    private void checkAssignee(UUID assignee) {
        boolean active = colleagues.activeWithAnyRole(EnumSet.allOf(Role.class)).stream()
                .anyMatch(colleague -> colleague.id().value().equals(assignee));
        if (!active) {
            throw new InvalidInputException("assignee", "is not an active member of this organisation");
        }
    }

    private void announceIfAnswered(FeedbackEntity entity, boolean answeredBefore) {
        if (!answeredBefore && entity.answeredOn() != null) {
            events.publishEvent(new FeedbackResponded(new TenantId(entity.tenantId()), new FeedbackId(entity.id()),
                    entity.receivedOn(), entity.answeredOn()));
        }
    }

    /** Someone else's organisation, or a sensitive report for anyone but a focal point: not found, alike. */
    private FeedbackEntity findVisible(FeedbackId id) {
        return feedback.findById(id.value()).filter(found -> !found.sensitive() || focalPoint())
                .orElseThrow(() -> new NotFoundException("Feedback"));
    }

    private void auditIfSensitive(Feedback item) {
        if (item.sensitive()) {
            Actor viewer = CurrentActor.require();
            events.publishEvent(new SensitiveFeedbackViewed(new TenantId(viewer.tenantId()), item.id(),
                    viewer.id()));
        }
    }

    private static boolean focalPoint() {
        return CurrentActor.require().hasRole(Role.PROTECTION_FOCAL_POINT);
    }

    private Feedback view(FeedbackEntity entity) {
        var noteRows = notes.findByFeedbackIdOrderByWrittenAtAscIdAsc(entity.id());
        Map<UserAccountId, String> authors = names(noteRows.stream().map(NoteEntity::authorId).toList());
        var noteViews = noteRows.stream().map(note -> new Feedback.Note(
                authors.getOrDefault(new UserAccountId(note.authorId()), "—"), note.writtenAt(), note.text()))
                .toList();
        return view(entity, channelNames(List.of(entity)), names(assignees(List.of(entity))),
                serviceLevels.current(), today(), noteViews);
    }

    /** A page's items, without their notes (those come with the single item). */
    private List<Feedback> views(List<FeedbackEntity> rows) {
        var channelNames = channelNames(rows);
        var assigneeNames = names(assignees(rows));
        var levels = serviceLevels.current();
        LocalDate today = today();
        return rows.stream().map(row -> view(row, channelNames, assigneeNames, levels, today, List.of())).toList();
    }

    private static Feedback view(FeedbackEntity f, Map<UUID, String> channelNames,
                                 Map<UserAccountId, String> assigneeNames, ServiceLevels levels, LocalDate today,
                                 List<Feedback.Note> notes) {
        LocalDate acknowledgeBy = f.receivedOn().plusDays(levels.acknowledgeDays());
        LocalDate answerBy = f.receivedOn().plusDays(levels.answerDays());
        boolean overdue = FeedbackSearch.OPEN.contains(f.status())
                && ((f.status() == FeedbackStatus.RECEIVED && today.isAfter(acknowledgeBy)) || today.isAfter(answerBy));
        return new Feedback(new FeedbackId(f.id()), f.version(), new FeedbackChannelId(f.channelId()),
                channelNames.getOrDefault(f.channelId(), ""), f.intake(), f.receivedOn(), f.language(),
                f.category(), f.satisfaction(), f.answers(), f.comment(), f.status(), f.assigneeId(),
                f.assigneeId() == null ? null : assigneeNames.get(new UserAccountId(f.assigneeId())), f.type(),
                f.codeId() == null ? null : new FeedbackCodeId(f.codeId()), f.publicReply(), f.acknowledgedOn(),
                f.answeredOn(), acknowledgeBy, answerBy, overdue, f.referredTo(),
                f.youSaidWeDidId() == null ? null : new YouSaidWeDidId(f.youSaidWeDidId()), notes);
    }

    private Map<UUID, String> channelNames(Collection<FeedbackEntity> rows) {
        Set<UUID> ids = rows.stream().map(FeedbackEntity::channelId).collect(Collectors.toSet());
        return channels.findAllById(ids).stream()
                .collect(Collectors.toMap(ChannelEntity::id, ChannelEntity::name));
    }

    private static List<UUID> assignees(Collection<FeedbackEntity> rows) {
        return rows.stream().map(FeedbackEntity::assigneeId).filter(java.util.Objects::nonNull).toList();
    }

    private Map<UserAccountId, String> names(Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return colleagues.displayNames(new HashSet<>(accounts).stream().map(UserAccountId::new).toList());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
