package org.inclusio.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.InvalidInputException;
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
        if (me.hasPassword()) {
            add(passwordChange(profile, me.passwordChangeRequired()));
        }
    }

    /** Replacing one's own password; a one-time password handed out by an administrator must be replaced first. */
    private VerticalLayout passwordChange(ProfileService profile, boolean required) {
        var current = new PasswordField(getTranslation("profile.password.current"));
        var next = new PasswordField(getTranslation("profile.password.new"));
        var repeated = new PasswordField(getTranslation("profile.password.repeat"));
        current.setId("current-password");
        next.setId("new-password");
        repeated.setId("repeat-password");
        var change = new Button(getTranslation("profile.password.change"), event -> {
            next.setInvalid(false);
            current.setInvalid(false);
            if (!next.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("profile.password.mismatch"));
                repeated.setInvalid(true);
                return;
            }
            repeated.setInvalid(false);
            try {
                profile.changePassword(current.getValue(), next.getValue());
                Notification.show(getTranslation("profile.password.changed"));
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> {
                    var field = "currentPassword".equals(error.field()) ? current : next;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                });
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        var section = new VerticalLayout(new H3(getTranslation("profile.password.heading")));
        if (required) {
            var notice = new Paragraph(getTranslation("profile.password.required"));
            notice.addClassName("password-change-required");
            section.add(notice);
        }
        section.add(current, next, repeated, change);
        section.setPadding(false);
        return section;
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
