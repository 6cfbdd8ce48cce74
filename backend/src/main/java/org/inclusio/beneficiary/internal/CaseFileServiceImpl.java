package org.inclusio.beneficiary.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.inclusio.beneficiary.AssignedCaseworker;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileEvents.CaseFileClosed;
import org.inclusio.beneficiary.CaseFileEvents.CaseFileCreated;
import org.inclusio.beneficiary.CaseFileEvents.CaseFileReopened;
import org.inclusio.beneficiary.CaseFileEvents.CaseFileUpdated;
import org.inclusio.beneficiary.CaseFileEvents.ConsentGiven;
import org.inclusio.beneficiary.CaseFileEvents.ConsentWithdrawn;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReader;
import org.inclusio.beneficiary.CaseFileRevision;
import org.inclusio.beneficiary.CaseFileRevision.ActorKind;
import org.inclusio.beneficiary.CaseFileRoles;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.Consent;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class CaseFileServiceImpl implements CaseFileService {

    private static final int MAX_PAGE = 100;

    private final CaseFileRepository caseFiles;
    private final CaseFileSearches searches;
    private final CaseFileReadRepository reads;
    private final SpecialCategoryStore specialCategory;
    private final Colleagues colleagues;
    private final ActorNames actorNames;
    private final OrganisationDirectory organisations;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseFileServiceImpl(CaseFileRepository caseFiles, CaseFileSearches searches, CaseFileReadRepository reads,
                        SpecialCategoryStore specialCategory, Colleagues colleagues, ActorNames actorNames,
                        OrganisationDirectory organisations, EntityManager entityManager,
                        ApplicationEventPublisher events, Clock clock) {
        this.caseFiles = caseFiles;
        this.searches = searches;
        this.reads = reads;
        this.specialCategory = specialCategory;
        this.colleagues = colleagues;
        this.actorNames = actorNames;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CursorPage<CaseFileSummary> search(CaseFileSearch search, @Nullable String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        var rows = searches.find(search, Cursor.decodeIfPresent(cursor), limit + 1);
        var names = colleagues.displayNames(rows.stream().map(CaseFileEntity::assignedUserId)
                .filter(Objects::nonNull).map(UserAccountId::new).collect(Collectors.toSet()));
        return CursorPage.of(rows.stream().map(row -> toSummary(row, names)).toList(), limit,
                summary -> Cursor.of(summary.updatedAt(), summary.id().value()));
    }

    @Override
    @Transactional
    public CaseFile get(CaseFileId id) {
        var caseFile = find(id);
        var actor = CurrentActor.require();
        reads.save(new CaseFileReadEntity(caseFile.id(), ActorKind.valueOf(actor.kind().name()), actor.id(),
                now()));
        return toCaseFile(caseFile);
    }

    @Override
    @Transactional
    public CaseFile create(CaseFileDetails details, List<ConsentPurpose> consentsGiven) {
        requireAssignable(details.assignedCaseworker());
        var organisation = organisations.find(tenant()).orElseThrow();
        var now = now();
        var today = LocalDate.now(clock);
        var caseNumber = CaseNumbers.next(entityManager, organisation, today.getYear());
        var caseFile = new CaseFileEntity(UUID.randomUUID(), caseNumber, now);
        caseFile.describe(details, Year.from(today));
        // The row id is the associated data of the seal; the tenant is the current one, which @TenantId will write.
        specialCategory.store(caseFile, tenant().value(), details.specialCategory());
        new HashSet<>(consentsGiven).forEach(purpose ->
                caseFile.recordConsent(new Consent(purpose, today, null), now));
        var saved = caseFiles.saveAndFlush(caseFile);
        events.publishEvent(new CaseFileCreated(tenant(), new CaseFileId(saved.id()), caseNumber));
        return toCaseFile(saved);
    }

    @Override
    @Transactional
    public CaseFile update(CaseFileId id, long expectedVersion, CaseFileDetails details) {
        var caseFile = findWritable(id);
        StaleVersionException.requireVersion(expectedVersion, caseFile.version());
        if (!Objects.equals(details.assignedCaseworker(), caseFile.assignedUserId() == null ? null
                : new UserAccountId(caseFile.assignedUserId()))) {
            requireAssignable(details.assignedCaseworker());
        }
        var before = caseFile.auditedFields();
        caseFile.describe(details, Year.now(clock));
        specialCategory.store(caseFile, caseFile.tenantId(), details.specialCategory());
        if (!caseFile.auditedFields().equals(before)) {
            caseFile.touch(now());
            events.publishEvent(new CaseFileUpdated(tenant(), id));
        }
        var saved = caseFiles.saveAndFlush(caseFile);
        return toCaseFile(saved);
    }

    @Override
    @Transactional
    public CaseFile close(CaseFileId id, ClosingReason reason) {
        var caseFile = findWritable(id);
        if (caseFile.close(reason, LocalDate.now(clock), now())) {
            events.publishEvent(new CaseFileClosed(tenant(), id, reason));
        }
        return toCaseFile(caseFiles.saveAndFlush(caseFile));
    }

    @Override
    @Transactional
    public CaseFile reopen(CaseFileId id) {
        var caseFile = findWritable(id);
        if (caseFile.reopen(now())) {
            events.publishEvent(new CaseFileReopened(tenant(), id));
        }
        return toCaseFile(caseFiles.saveAndFlush(caseFile));
    }

    @Override
    @Transactional
    public CaseFile giveConsent(CaseFileId id, ConsentPurpose purpose, @Nullable LocalDate on) {
        var caseFile = findWritable(id);
        var date = dateNotInFuture(on);
        if (!caseFile.consent(purpose).inForce()) {
            caseFile.recordConsent(new Consent(purpose, date, null), now());
            events.publishEvent(new ConsentGiven(tenant(), id, purpose));
        }
        return toCaseFile(caseFiles.saveAndFlush(caseFile));
    }

    @Override
    @Transactional
    public CaseFile withdrawConsent(CaseFileId id, ConsentPurpose purpose, @Nullable LocalDate on) {
        var caseFile = findWritable(id);
        var date = dateNotInFuture(on);
        var consent = caseFile.consent(purpose);
        if (consent.inForce()) {
            if (date.isBefore(Objects.requireNonNull(consent.givenOn()))) {
                throw new InvalidInputException("on", "must not be before the consent was given");
            }
            caseFile.recordConsent(new Consent(purpose, consent.givenOn(), date), now());
            events.publishEvent(new ConsentWithdrawn(tenant(), id, purpose));
        }
        return toCaseFile(caseFiles.saveAndFlush(caseFile));
    }

    @Override
    public List<CaseFileRevision> history(CaseFileId id) {
        find(id);
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(CaseFileEntity.class, false, true)
                .add(AuditEntity.id().eq(id.value()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var revisions = rows.stream().map(row -> (Object[]) row).toList();
        var names = actorNames.of(revisions.stream().map(row -> (RevisionInfoEntity) row[1])
                .map(revision -> new ActorNames.Acting(revision.actorKind(), revision.actorId())).toList());
        var history = new ArrayList<CaseFileRevision>();
        Map<String, Object> before = Map.of();
        for (Object[] row : revisions) {
            var snapshot = (CaseFileEntity) row[0];
            var revision = (RevisionInfoEntity) row[1];
            var type = (RevisionType) row[2];
            Map<String, Object> after = type == RevisionType.DEL ? Map.of() : snapshot.auditedFields();
            history.add(new CaseFileRevision(revision.id(), revision.revisedAt(), switch (type) {
                case ADD -> CaseFileRevision.Kind.CREATED;
                case MOD -> CaseFileRevision.Kind.CHANGED;
                case DEL -> CaseFileRevision.Kind.DELETED;
            }, revision.actorKind(), names.apply(new ActorNames.Acting(revision.actorKind(), revision.actorId())),
                    changedFields(before, after)));
            before = after;
        }
        Collections.reverse(history);
        return List.copyOf(history);
    }

    @Override
    public List<CaseFileReader> readers(CaseFileId id) {
        find(id);
        var entries = reads.findByCaseFileIdOrderByReadAtDesc(id.value());
        var names = actorNames.of(entries.stream()
                .map(entry -> new ActorNames.Acting(entry.actorKind(), entry.actorId())).toList());
        return entries.stream().map(entry -> new CaseFileReader(entry.readAt(), entry.actorKind(), entry.actorId(),
                names.apply(new ActorNames.Acting(entry.actorKind(), entry.actorId())))).toList();
    }

    @Override
    public List<AssignedCaseworker> assignableCaseworkers() {
        return colleagues.activeWithAnyRole(CaseFileRoles.ASSIGNABLE).stream()
                .map(colleague -> new AssignedCaseworker(colleague.id(), colleague.displayName())).toList();
    }

    @Override
    public boolean canSeeSpecialCategoryData() {
        return seesSpecialCategory(CurrentActor.require());
    }

    static boolean seesSpecialCategory(Actor actor) {
        return !Collections.disjoint(actor.roles(), CaseFileRoles.SEE_SPECIAL_CATEGORY);
    }

    /** To the microsecond, as PostgreSQL keeps it, so that a keyset cursor made from a saved row finds it again. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private CaseFileEntity find(CaseFileId id) {
        return caseFiles.findById(id.value()).orElseThrow(() -> new NotFoundException("Case file"));
    }

    private CaseFileEntity findWritable(CaseFileId id) {
        var caseFile = find(id);
        if (caseFile.anonymisedAt() != null) {
            throw new InvalidInputException("id", "this case file was anonymised and can no longer be changed");
        }
        return caseFile;
    }

    private void requireAssignable(@Nullable UserAccountId caseworker) {
        if (caseworker != null && colleagues.activeWithAnyRole(CaseFileRoles.ASSIGNABLE).stream()
                .noneMatch(colleague -> colleague.id().equals(caseworker))) {
            throw new InvalidInputException("assignedCaseworker",
                    "must be an active caseworker or manager of this organisation");
        }
    }

    private LocalDate dateNotInFuture(@Nullable LocalDate on) {
        var today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("on", "must not be in the future");
        }
        return on == null ? today : on;
    }

    private CaseFile toCaseFile(CaseFileEntity caseFile) {
        var names = caseFile.assignedUserId() == null ? Map.<UserAccountId, String>of()
                : colleagues.displayNames(List.of(new UserAccountId(caseFile.assignedUserId())));
        return new CaseFile(new CaseFileId(caseFile.id()), caseFile.version(), caseFile.caseNumber(),
                caseFile.displayName(), caseFile.fullName(), caseFile.phone(), caseFile.email(), caseFile.birthYear(),
                caseFile.ageBand(), caseFile.gender(), caseFile.nationalities(), caseFile.languages(),
                caseFile.preferredLanguage(), caseFile.arrivalDate(), caseFile.householdSize(),
                caseFile.vulnerabilities(),
                seesSpecialCategory(CurrentActor.require()) ? specialCategory.open(caseFile) : null,
                assigned(caseFile, names),
                caseFile.status(), caseFile.closingReason(), caseFile.closedOn(), caseFile.consents(),
                caseFile.createdAt(), caseFile.updatedAt(), caseFile.anonymisedAt());
    }

    private static CaseFileSummary toSummary(CaseFileEntity caseFile, Map<UserAccountId, String> names) {
        var reference = CaseFileDirectoryImpl.toReference(caseFile);
        return new CaseFileSummary(reference.id(), caseFile.caseNumber(), caseFile.displayName(), caseFile.gender(),
                caseFile.ageBand(), caseFile.nationalities(), caseFile.languages(), caseFile.preferredLanguage(),
                assigned(caseFile, names), caseFile.status(), reference.consentsInForce(), caseFile.updatedAt());
    }

    private static @Nullable AssignedCaseworker assigned(CaseFileEntity caseFile, Map<UserAccountId, String> names) {
        if (caseFile.assignedUserId() == null) {
            return null;
        }
        var id = new UserAccountId(caseFile.assignedUserId());
        return new AssignedCaseworker(id, names.getOrDefault(id, "?"));
    }

    private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        var names = new LinkedHashSet<String>(after.keySet());
        names.addAll(before.keySet());
        return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name))).toList();
    }

    private static TenantId tenant() {
        return new TenantId(TenantContext.currentTenant().orElseThrow());
    }
}
