package org.inclusio.identity.internal;

import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.InvitationDelivery;
import org.inclusio.identity.InvitationEvents.InvitationCreated;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.InviteMember;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Creates an invitation in the organisation of the current transaction and delivers its link: by e-mail when SMTP
 * is configured, otherwise in the answer, once. Who may do it is checked by the callers. Nothing here looks at
 * accounts, so the answer cannot depend on whether the invitee has one.
 */
@Component
class InvitationIssuer {

    private final InvitationRepository invitations;
    private final InvitationLinkRepository links;
    private final OrganisationDirectory organisations;
    private final InvitationMail mail;
    private final InvitationProperties properties;
    private final IdentityProperties identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationIssuer(InvitationRepository invitations, InvitationLinkRepository links,
                     OrganisationDirectory organisations, InvitationMail mail, InvitationProperties properties,
                     IdentityProperties identity, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.organisations = organisations;
        this.mail = mail;
        this.properties = properties;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    CreatedInvitation issue(InviteMember command, boolean platformAppointment) {
        return issue(command, platformAppointment, clock.instant());
    }

    /** PostgreSQL keeps microseconds: the answer shows the times as they are stored. */
    private static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** @param now when it was issued: demo data backdates one to show an expired invitation */
    CreatedInvitation issue(InviteMember command, boolean platformAppointment, Instant now) {
        var tenant = new TenantId(TenantContext.currentTenant().orElseThrow());
        var delivery = mail.isConfigured() ? InvitationDelivery.EMAIL : InvitationDelivery.LINK;
        var invitation = invitations.saveAndFlush(new InvitationEntity(command.email(), command.username(),
                command.displayName(), command.roles(), delivery, platformAppointment, stored(now),
                stored(now.plus(properties.validity()))));
        String token = InvitationTokens.newToken();
        links.save(new InvitationLinkEntity(InvitationTokens.hash(token), tenant.value(), invitation.id()));
        String link = properties.link(identity, token);
        events.publishEvent(new InvitationCreated(tenant, new InvitationId(invitation.id()), invitation.roles(),
                delivery, platformAppointment));
        if (delivery == InvitationDelivery.EMAIL) {
            var organisation = organisations.find(tenant).orElseThrow();
            mail.sendAfterCommit(new InvitationMail.Letter(invitation.id(), organisation, link,
                    invitation.expiresAt()), Optional.ofNullable(invitation.email()),
                    Optional.ofNullable(invitation.username()));
            return new CreatedInvitation(invitation.toView(clock.instant()), null);
        }
        return new CreatedInvitation(invitation.toView(clock.instant()), link);
    }
}
