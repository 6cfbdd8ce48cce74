package org.inclusio.identity.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.security.Role;

import java.util.stream.Collectors;

@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    ProfileView(ProfileService profile) {
        Me me = profile.me();
        add(new H2(getTranslation("profile.heading")));
        add(line("profile.username", me.name()));
        if (me.displayName() != null) {
            add(line("profile.name", me.displayName()));
        }
        add(line("profile.organisation", me.organisation() == null
                ? getTranslation("profile.no-organisation") : me.organisation().name()));
        add(line("profile.roles", me.roles().isEmpty() ? "—" : me.roles().stream().sorted()
                .map(this::roleName).collect(Collectors.joining(", "))));
        if (me.platformAdmin()) {
            add(new Paragraph(getTranslation("profile.platform-admin")));
        }
        add(line("profile.other-organisations", me.otherOrganisations().isEmpty() ? "—"
                : me.otherOrganisations().stream().map(Me.OrganisationRef::name).collect(Collectors.joining(", "))));
    }

    private Paragraph line(String key, String value) {
        var paragraph = new Paragraph(getTranslation(key) + ": " + value);
        paragraph.addClassName("profile-" + key.substring(key.indexOf('.') + 1));
        return paragraph;
    }

    private String roleName(Role role) {
        return getTranslation("role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.heading") + " | Inclusio";
    }
}
