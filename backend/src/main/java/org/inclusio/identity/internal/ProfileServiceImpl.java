package org.inclusio.identity.internal;

import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
class ProfileServiceImpl implements ProfileService {

    private final ActorResolver actors;
    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;

    ProfileServiceImpl(ActorResolver actors, UserAccountRepository accounts, OrganisationDirectory organisations) {
        this.actors = actors;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public Me me() {
        return describe(CurrentActor.require());
    }

    private Me describe(Actor actor) {
        var current = actor.tenantId() == null ? null
                : organisations.find(new TenantId(actor.tenantId())).map(ProfileServiceImpl::ref).orElse(null);
        if (actor.kind() == Actor.Kind.CLIENT) {
            return new Me(actor.kind(), actor.id(), actor.name(), null, current, actor.roles(), false, List.of());
        }
        List<Me.OrganisationRef> others = actors.usableMemberships(actor.id()).stream()
                .map(ActorResolver.UsableMembership::organisation)
                .filter(organisation -> !organisation.id().value().equals(actor.tenantId()))
                .map(ProfileServiceImpl::ref)
                .toList();
        String displayName = accounts.findById(actor.id()).map(UserAccountEntity::displayName).orElse(null);
        return new Me(actor.kind(), actor.id(), actor.name(), displayName, current, actor.roles(),
                actor.platformAdmin(), others);
    }

    @Override
    @Transactional
    public Switched switchTo(TenantId organisation) {
        Actor actor = CurrentActor.require();
        if (actor.kind() != Actor.Kind.USER) {
            throw new NotFoundException("Organisation");
        }
        var account = accounts.findById(actor.id()).orElseThrow(() -> new NotFoundException("Organisation"));
        var switched = actors.forAccount(account, organisation.value())
                .orElseThrow(() -> new NotFoundException("Organisation"));
        account.chooseDefaultOrganisation(organisation.value());
        return new Switched(switched, describe(switched));
    }

    private static Me.OrganisationRef ref(Organisation organisation) {
        return new Me.OrganisationRef(organisation.id().value(), organisation.slug(), organisation.name());
    }
}
