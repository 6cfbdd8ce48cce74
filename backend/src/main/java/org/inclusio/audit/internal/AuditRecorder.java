package org.inclusio.audit.internal;

import org.inclusio.audit.AuditAction;
import org.inclusio.audit.AuditEvent;
import org.inclusio.audit.AuditLog;
import org.inclusio.feedback.FeedbackEvents;
import org.inclusio.identity.AccountEvents;
import org.inclusio.identity.ApiClientEvents;
import org.inclusio.identity.InvitationEvents;
import org.inclusio.identity.MemberEvents;
import org.inclusio.identity.SignInEvents;
import org.inclusio.privacy.DataSubjectEvents;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.OrganisationCreated;
import org.inclusio.tenant.OrganisationSettingsChanged;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationStatusChanged;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the audit logs. The listeners run synchronously inside the transaction that changed something, so a change
 * and its audit entry are committed together or not at all.
 */
@Service
@Transactional(readOnly = true)
class AuditRecorder implements AuditLog {

    private static final String SYSTEM = "system";

    private final AuditEventRepository organisationEvents;
    private final PlatformAuditEventRepository platformEvents;
    private final Clock clock;

    AuditRecorder(AuditEventRepository organisationEvents, PlatformAuditEventRepository platformEvents, Clock clock) {
        this.organisationEvents = organisationEvents;
        this.platformEvents = platformEvents;
        this.clock = clock;
    }

    @Override
    public List<AuditEvent> organisationEvents(int limit) {
        return organisationEvents.findAllByOrderByOccurredAtDesc(limit(limit)).stream()
                .map(AuditEventEntity::toView).toList();
    }

    @Override
    public List<AuditEvent> platformEvents(int limit) {
        return platformEvents.findAllByOrderByOccurredAtDesc(limit(limit)).stream()
                .map(PlatformAuditEventEntity::toView).toList();
    }

    @EventListener
    @Transactional
    void on(MemberEvents event) {
        AuditAction action = switch (event) {
            case MemberEvents.MemberAdded added -> AuditAction.MEMBER_ADDED;
            case MemberEvents.MemberRolesChanged changed -> AuditAction.MEMBER_ROLES_CHANGED;
            case MemberEvents.MemberDeactivated deactivated -> AuditAction.MEMBER_DEACTIVATED;
            case MemberEvents.MemberReactivated reactivated -> AuditAction.MEMBER_REACTIVATED;
        };
        String details = switch (event) {
            case MemberEvents.MemberAdded added -> "user=" + added.username() + " roles=" + roles(added.roles());
            case MemberEvents.MemberRolesChanged changed -> "user=" + changed.username()
                    + " roles=" + roles(changed.before()) + "->" + roles(changed.after());
            default -> "user=" + event.username();
        };
        recordInOrganisation(event.organisation(), action, "membership", event.membership().value(), details);
    }

    /** Ids and the format only: the log must not become a second copy of what was exported or erased. */
    @EventListener
    @Transactional
    void on(DataSubjectEvents event) {
        switch (event) {
            case DataSubjectEvents.DataSubjectExported exported -> recordInOrganisation(event.organisation(),
                    AuditAction.DATA_SUBJECT_EXPORTED, "case_file", event.caseFile().value(),
                    "format=" + exported.format());
            case DataSubjectEvents.DataSubjectErased erased -> recordInOrganisation(event.organisation(),
                    AuditAction.DATA_SUBJECT_ERASED, "case_file", event.caseFile().value(),
                    erased.retention() ? "reason=retention" : "reason=request");
        }
    }

    /**
     * In the organisation's log; the platform administrator's appointments of a first administrator in the
     * platform's log too. Who accepted or declined is the one acting, even before they could sign in.
     */
    @EventListener
    @Transactional
    void on(InvitationEvents event) {
        AuditAction action = switch (event) {
            case InvitationEvents.InvitationCreated created -> AuditAction.INVITATION_CREATED;
            case InvitationEvents.InvitationAccepted accepted -> AuditAction.INVITATION_ACCEPTED;
            case InvitationEvents.InvitationDeclined declined -> AuditAction.INVITATION_DECLINED;
            case InvitationEvents.InvitationWithdrawn withdrawn -> AuditAction.INVITATION_WITHDRAWN;
        };
        String details = switch (event) {
            case InvitationEvents.InvitationCreated created -> "roles=" + roles(created.roles())
                    + " delivery=" + created.delivery();
            case InvitationEvents.InvitationAccepted accepted -> "user=" + accepted.username();
            case InvitationEvents.InvitationDeclined declined -> "user=" + declined.username();
            case InvitationEvents.InvitationWithdrawn withdrawn -> null;
        };
        var actor = CurrentActor.get();
        UUID actorId = actor.map(Actor::id).orElse(null);
        String actorName = actor.map(Actor::name).orElse(SYSTEM);
        if (event instanceof InvitationEvents.InvitationAccepted accepted) {
            actorId = accepted.user().value();
            actorName = accepted.username();
        } else if (event instanceof InvitationEvents.InvitationDeclined declined) {
            actorId = declined.user().value();
            actorName = declined.username();
        }
        requireTransactionOf(event.organisation());
        organisationEvents.save(new AuditEventEntity(clock.instant(), actorId, actorName, action, "invitation",
                event.invitation().value(), details));
        if (event.platformAppointment()) {
            platformEvents.save(new PlatformAuditEventEntity(clock.instant(), actorId, actorName, action,
                    event.organisation().value(), event.invitation().value(),
                    details == null ? "appointment" : "appointment " + details));
        }
    }

    /** Which report, never what it says: the viewer is the acting focal point. */
    @EventListener
    @Transactional
    void on(FeedbackEvents.SensitiveFeedbackViewed event) {
        recordInOrganisation(event.organisation(), AuditAction.SENSITIVE_FEEDBACK_VIEWED, "feedback",
                event.feedback().value(), null);
    }

    @EventListener
    @Transactional
    void on(ApiClientEvents event) {
        AuditAction action = switch (event) {
            case ApiClientEvents.ApiClientCreated created -> AuditAction.API_CLIENT_CREATED;
            case ApiClientEvents.ApiClientRevoked revoked -> AuditAction.API_CLIENT_REVOKED;
        };
        recordInOrganisation(event.organisation(), action, "api_client", event.client().value(),
                "client=" + event.clientId());
    }

    /**
     * Sign-ins happen outside any transaction and may belong to an organisation: each entry gets a transaction of its
     * own, started inside that organisation.
     */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(SignInEvents event) {
        switch (event) {
            case SignInEvents.SignedIn signedIn -> {
                if (signedIn.organisation() != null) {
                    TenantContext.callInTenant(signedIn.organisation(), () -> organisationEvents.save(
                            new AuditEventEntity(clock.instant(), signedIn.user().value(), signedIn.username(),
                                    AuditAction.SIGNED_IN, null, null, null)));
                } else {
                    platformEvents.save(new PlatformAuditEventEntity(clock.instant(), signedIn.user().value(),
                            signedIn.username(), AuditAction.SIGNED_IN, null, null, null));
                }
            }
            case SignInEvents.SignInFailed failed -> platformEvents.save(new PlatformAuditEventEntity(clock.instant(),
                    failed.user() == null ? null : failed.user().value(),
                    failed.username() == null ? "unknown account" : failed.username(),
                    AuditAction.SIGN_IN_FAILED, null, null, "reason=" + failed.reason()));
            case SignInEvents.SignInLocked locked -> platformEvents.save(new PlatformAuditEventEntity(clock.instant(),
                    locked.user() == null ? null : locked.user().value(),
                    locked.username() == null ? "unknown account" : locked.username(),
                    AuditAction.SIGN_IN_LOCKED, null, null, "scope=" + locked.scope()
                            + " failures=" + locked.failures() + " lockSeconds=" + locked.lock().toSeconds()));
        }
    }

    @EventListener
    @Transactional
    void on(AccountEvents event) {
        switch (event) {
            case AccountEvents.PasswordChanged changed -> platformEvents.save(new PlatformAuditEventEntity(
                    clock.instant(), changed.user().value(), changed.username(), AuditAction.PASSWORD_CHANGED,
                    null, changed.user().value(), null));
        }
    }

    @EventListener
    @Transactional
    void on(OrganisationCreated event) {
        recordOnPlatform(AuditAction.ORGANISATION_CREATED, event.organisation(), "slug=" + event.slug());
    }

    @EventListener
    @Transactional
    void on(OrganisationSettingsChanged event) {
        var before = event.before();
        var after = event.after();
        recordInOrganisation(event.organisation(), AuditAction.ORGANISATION_SETTINGS_CHANGED, "organisation",
                event.organisation().value(), "languages=" + before.languages() + "->" + after.languages()
                        + " k=" + before.smallCellThreshold() + "->" + after.smallCellThreshold()
                        + " retentionMonths=" + before.retentionMonths() + "->" + after.retentionMonths());
    }

    @EventListener
    @Transactional
    void on(OrganisationStatusChanged event) {
        recordOnPlatform(event.status() == OrganisationStatus.SUSPENDED
                ? AuditAction.ORGANISATION_SUSPENDED : AuditAction.ORGANISATION_REACTIVATED, event.organisation(), null);
    }

    private void recordInOrganisation(TenantId organisation, AuditAction action, String targetType, UUID targetId,
                                      @Nullable String details) {
        var actor = CurrentActor.get();
        requireTransactionOf(organisation);
        organisationEvents.save(new AuditEventEntity(clock.instant(), actor.map(Actor::id).orElse(null),
                actor.map(Actor::name).orElse(SYSTEM), action, targetType, targetId, details));
    }

    private static void requireTransactionOf(TenantId organisation) {
        if (!organisation.value().equals(TenantContext.currentTenant().orElse(null))) {
            throw new IllegalStateException("Audit entry for another organisation than the transaction's");
        }
    }

    private void recordOnPlatform(AuditAction action, TenantId organisation, @Nullable String details) {
        var actor = CurrentActor.get();
        platformEvents.save(new PlatformAuditEventEntity(clock.instant(), actor.map(Actor::id).orElse(null),
                actor.map(Actor::name).orElse(SYSTEM), action, organisation.value(), null, details));
    }

    private static String roles(java.util.Set<?> roles) {
        return roles.stream().map(Object::toString).sorted().collect(Collectors.joining(",", "[", "]"));
    }

    private static Limit limit(int requested) {
        return Limit.of(Math.clamp(requested, 1, MAX_ENTRIES));
    }

}
