package org.inclusio.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.ui.HeaderContribution;
import org.inclusio.tenant.TenantId;

import java.util.ArrayList;
import java.util.Optional;

/**
 * The organisation a person works in, and the others they may switch to. Switching changes everything shown: the
 * page reloads with the new organisation's data.
 */
@org.springframework.stereotype.Component
class OrganisationSwitcher implements HeaderContribution {

    private final ProfileService profile;

    OrganisationSwitcher(ProfileService profile) {
        this.profile = profile;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).isEmpty()) {
            return Optional.empty();
        }
        Me me = profile.me();
        if (me.organisation() == null) {
            return Optional.empty();
        }
        var organisations = new ArrayList<Me.OrganisationRef>();
        organisations.add(me.organisation());
        organisations.addAll(me.otherOrganisations());
        var select = new Select<Me.OrganisationRef>();
        select.setItems(organisations);
        select.setItemLabelGenerator(Me.OrganisationRef::name);
        select.setValue(me.organisation());
        select.setReadOnly(organisations.size() == 1);
        select.setAriaLabel(select.getTranslation("identity.organisation-switcher"));
        select.addClassName("organisation-switcher");
        select.addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                SessionActor.replace(profile.switchTo(new TenantId(event.getValue().id())).actor());
                UI.getCurrent().getPage().setLocation("/");
            }
        });
        return Optional.of(select);
    }
}
