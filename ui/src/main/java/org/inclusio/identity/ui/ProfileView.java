package org.inclusio.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.inclusio.identity.Me;
import org.inclusio.identity.ProfileService;
import org.inclusio.identity.ReceivedInvitations;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.TenantId;

import java.util.stream.Collectors;

@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final ProfileService profile;
    private final ReceivedInvitations received;
    private final VerticalLayout invitations = new VerticalLayout();

    ProfileView(ProfileService profile, ReceivedInvitations received) {
        this.profile = profile;
        this.received = received;
        invitations.setPadding(false);
        invitations.setId("received-invitations");
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
        add(invitations);
        showInvitations();
        if (me.hasPassword()) {
            add(passwordChange(profile));
        }
    }

    /**
     * Invitations addressed to the person. Accepting does not change where they work now; the new organisation
     * appears in the switcher.
     */
    private void showInvitations() {
        invitations.removeAll();
        var pending = received.list();
        invitations.setVisible(!pending.isEmpty());
        if (pending.isEmpty()) {
            return;
        }
        invitations.add(new H3(getTranslation("profile.invitations.heading")));
        pending.forEach(invitation -> {
            var text = new Paragraph(getTranslation("profile.invitations.text", invitation.organisation().name(),
                    invitation.roles().stream().sorted().map(this::roleName).collect(Collectors.joining(", "))));
            var accept = new Button(getTranslation("profile.invitations.accept"), event -> {
                try {
                    received.accept(invitation.id());
                    welcome(invitation.organisation());
                } catch (InvalidInputException e) {
                    Notification.show(e.errors().getFirst().message(), 5000, Notification.Position.MIDDLE);
                } catch (NotFoundException e) {
                    Notification.show(getTranslation("profile.invitations.unusable"), 5000,
                            Notification.Position.MIDDLE);
                }
                showInvitations();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("accept-invitation");
            var decline = new Button(getTranslation("profile.invitations.decline"), event -> {
                try {
                    received.decline(invitation.id());
                } catch (NotFoundException e) {
                    // answered or expired in the meantime
                }
                showInvitations();
            });
            decline.addClassName("decline-invitation");
            var actions = new HorizontalLayout(accept, decline);
            actions.setWrap(true);
            invitations.add(text, actions);
        });
    }

    /** The person decides whether to work in the new organisation now; the page reloads either way. */
    private void welcome(Me.OrganisationRef organisation) {
        var dialog = new ConfirmDialog(getTranslation("profile.invitations.accepted.title", organisation.name()),
                getTranslation("profile.invitations.accepted.text", organisation.name()),
                getTranslation("profile.invitations.switch"), event -> {
                    SessionActor.replace(profile.switchTo(new TenantId(organisation.id())).actor());
                    getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("profile.invitations.stay"));
        dialog.addCancelListener(event -> getUI().ifPresent(ui -> ui.getPage().reload()));
        dialog.open();
    }

    private VerticalLayout passwordChange(ProfileService profile) {
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
