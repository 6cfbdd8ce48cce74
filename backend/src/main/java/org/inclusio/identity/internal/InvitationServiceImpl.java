package org.inclusio.identity.internal;

import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.Invitation;
import org.inclusio.identity.InvitationEvents.InvitationWithdrawn;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.InvitationService;
import org.inclusio.identity.InviteMember;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

@Service
@Validated
@Transactional(readOnly = true)
class InvitationServiceImpl implements InvitationService {

    private final InvitationRepository invitations;
    private final InvitationIssuer issuer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationServiceImpl(InvitationRepository invitations, InvitationIssuer issuer, ApplicationEventPublisher events,
                          Clock clock) {
        this.invitations = invitations;
        this.issuer = issuer;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Invitation> list() {
        var now = clock.instant();
        return invitations.findAllByOrderByCreatedAtDesc().stream().map(invitation -> invitation.toView(now)).toList();
    }

    @Override
    public Invitation get(InvitationId id) {
        return find(id).toView(clock.instant());
    }

    @Override
    @Transactional
    public CreatedInvitation invite(InviteMember command) {
        var now = clock.instant();
        boolean alreadyInvited = invitations.findAll().stream()
                .filter(invitation -> invitation.isUsable(now))
                .anyMatch(invitation -> command.email() != null && command.email().strip()
                        .equalsIgnoreCase(invitation.email())
                        || command.username() != null && command.username().equals(invitation.username()));
        if (alreadyInvited) {
            throw new InvalidInputException(command.email() != null ? "email" : "username",
                    "has a pending invitation already");
        }
        return issuer.issue(command, false);
    }

    @Override
    @Transactional
    public Invitation withdraw(InvitationId id) {
        var invitation = find(id);
        var now = clock.instant();
        if (!invitation.isUsable(now)) {
            throw new InvalidInputException("status", "is no longer pending");
        }
        invitation.withdraw(now);
        events.publishEvent(new InvitationWithdrawn(new TenantId(TenantContext.currentTenant().orElseThrow()), id,
                invitation.platformAppointment()));
        return invitation.toView(now);
    }

    private InvitationEntity find(InvitationId id) {
        return invitations.findById(id.value()).orElseThrow(() -> new NotFoundException("Invitation"));
    }
}
