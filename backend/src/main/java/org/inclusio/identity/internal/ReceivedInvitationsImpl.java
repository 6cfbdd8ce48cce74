package org.inclusio.identity.internal;

import org.inclusio.identity.InvitationId;
import org.inclusio.identity.Me;
import org.inclusio.identity.ReceivedInvitation;
import org.inclusio.identity.ReceivedInvitations;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's invitations live in the inviting organisations: they are found through the {@code own_invitations}
 * policy (only {@code app.user_id} bound) or through a link, and answered in a transaction of the inviting
 * organisation. Nothing here runs inside an outer transaction, so every binding starts its own.
 */
@Service
class ReceivedInvitationsImpl implements ReceivedInvitations {

    private final OwnInvitationRepository ownInvitations;
    private final InvitationRepository invitations;
    private final InvitationLinkRepository links;
    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final InvitationAnswers answers;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ReceivedInvitationsImpl(OwnInvitationRepository ownInvitations, InvitationRepository invitations,
                            InvitationLinkRepository links, UserAccountRepository accounts,
                            OrganisationDirectory organisations, InvitationAnswers answers,
                            PlatformTransactionManager transactions, Clock clock) {
        this.ownInvitations = ownInvitations;
        this.invitations = invitations;
        this.links = links;
        this.accounts = accounts;
        this.organisations = organisations;
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<ReceivedInvitation> list() {
        return person().map(this::addressedTo).orElse(List.of());
    }

    @Override
    public void accept(InvitationId id) {
        answer(id, answers::accept);
    }

    @Override
    public void decline(InvitationId id) {
        answer(id, answers::decline);
    }

    @Override
    public Optional<ReceivedInvitation> findByLink(String token) {
        return person().flatMap(user -> linked(token)).flatMap(link -> TenantContext.callInTenant(
                new TenantId(link.organisationId()), () -> readOnly.execute(status ->
                        invitations.findById(link.invitationId()).filter(answers::isUsable)
                                .flatMap(invitation -> organisations.find(new TenantId(invitation.tenantId()))
                                        .map(organisation -> new ReceivedInvitation(
                                                new InvitationId(invitation.id()), ref(organisation),
                                                invitation.roles(), invitation.expiresAt()))))));
    }

    @Override
    public void acceptLink(String token) {
        answerLink(token, answers::accept);
    }

    @Override
    public void declineLink(String token) {
        answerLink(token, answers::decline);
    }

    /** Whoever holds the link may answer it: the link is the credential. */
    private void answerLink(String token, BiConsumer<InvitationEntity, UserAccountEntity> answer) {
        var user = person().orElseThrow(() -> new NotFoundException("Invitation"));
        var link = linked(token).orElseThrow(() -> new NotFoundException("Invitation"));
        inOrganisation(link.organisationId(), link.invitationId(), user, (invitation, account) -> true, answer);
    }

    /** Without a link, only an invitation addressed to the person's username or e-mail address. */
    private void answer(InvitationId id, BiConsumer<InvitationEntity, UserAccountEntity> answer) {
        var user = person().orElseThrow(() -> new NotFoundException("Invitation"));
        var own = TenantContext.callAsUser(user, () -> readOnly.execute(status -> ownInvitations.findById(id.value())))
                .orElseThrow(() -> new NotFoundException("Invitation"));
        inOrganisation(own.tenantId(), own.id(), user, InvitationAnswers::isAddressedTo, answer);
    }

    private void inOrganisation(UUID organisation, UUID invitationId, UUID user,
                                BiPredicate<InvitationEntity, UserAccountEntity> allowed,
                                BiConsumer<InvitationEntity, UserAccountEntity> answer) {
        TenantContext.callAsUserIn(new TenantId(organisation), user, () -> transaction.execute(status -> {
            var account = accounts.findById(user).orElseThrow(() -> new NotFoundException("Invitation"));
            var invitation = invitations.findById(invitationId)
                    .filter(candidate -> allowed.test(candidate, account))
                    .orElseThrow(() -> new NotFoundException("Invitation"));
            answer.accept(invitation, account);
            return null;
        }));
    }

    private List<ReceivedInvitation> addressedTo(UUID user) {
        var now = clock.instant();
        List<OwnInvitationEntity> found = TenantContext.callAsUser(user, () -> readOnly.execute(status -> {
            var account = accounts.findById(user).orElseThrow();
            var matching = new ArrayList<>(ownInvitations.findByUsername(account.username()));
            if (account.email() != null) {
                matching.addAll(ownInvitations.findByEmailIgnoreCase(account.email()));
            }
            return matching;
        }));
        var usable = Objects.requireNonNull(found).stream().filter(invitation -> invitation.isUsable(now))
                .collect(Collectors.toMap(OwnInvitationEntity::id, Function.identity(), (first, same) -> first));
        Map<UUID, Organisation> active = organisations.findAll(usable.values().stream()
                        .map(invitation -> new TenantId(invitation.tenantId())).distinct().toList()).stream()
                .filter(Organisation::isActive)
                .collect(Collectors.toMap(organisation -> organisation.id().value(), Function.identity()));
        return usable.values().stream()
                .filter(invitation -> active.containsKey(invitation.tenantId()))
                .sorted(Comparator.comparing(OwnInvitationEntity::expiresAt))
                .map(invitation -> new ReceivedInvitation(new InvitationId(invitation.id()),
                        ref(active.get(invitation.tenantId())), invitation.roles(), invitation.expiresAt()))
                .toList();
    }

    private Optional<InvitationLinkEntity> linked(String token) {
        return readOnly.execute(status -> links.findById(InvitationTokens.hash(token)));
    }

    private static Optional<UUID> person() {
        return CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).map(Actor::id);
    }

    private static Me.OrganisationRef ref(Organisation organisation) {
        return new Me.OrganisationRef(organisation.id().value(), organisation.slug(), organisation.name());
    }
}
