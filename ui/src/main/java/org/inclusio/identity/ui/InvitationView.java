package org.inclusio.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.inclusio.identity.InvitationLinks;
import org.inclusio.identity.InvitationLinks.LinkedInvitation;
import org.inclusio.identity.NewAccount;
import org.inclusio.identity.ReceivedInvitation;
import org.inclusio.identity.ReceivedInvitations;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.ui.FormErrors;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The page an invitation link opens, for anyone holding it. Signed in, the person accepts or declines. Not signed
 * in, they either sign in to accept with the account they have, or create their own account, which accepts the
 * invitation. Both choices are offered whoever the invitation is addressed to, so the page tells nobody whether an
 * account exists; it never sets the password of an existing account. A link that cannot be used gets the same
 * friendly page whatever the reason.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationLinks links;
    private final ReceivedInvitations received;

    InvitationView(InvitationLinks links, ReceivedInvitations received) {
        this.links = links;
        this.received = received;
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("app.name")));
        boolean signedIn = CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).isPresent();
        if (signedIn) {
            received.findByLink(token).ifPresentOrElse(invitation -> answer(token, invitation), this::unusable);
        } else {
            links.open(token).ifPresentOrElse(invitation -> newcomer(token, invitation), this::unusable);
        }
    }

    private void answer(String token, ReceivedInvitation invitation) {
        String organisation = invitation.organisation().name();
        add(new H2(getTranslation("invitation.heading", organisation)),
                new Paragraph(getTranslation("invitation.text", organisation, roles(invitation.roles()),
                        time(invitation.expiresAt()))),
                new Paragraph(getTranslation("invitation.signed-in.text", organisation)));
        var accept = new Button(getTranslation("invitation.accept"), event -> {
            try {
                received.acceptLink(token);
                done(getTranslation("invitation.accepted", organisation));
            } catch (InvalidInputException e) {
                add(error(e.errors().getFirst().message()));
            } catch (NotFoundException e) {
                unusableNow();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invitation");
        var decline = new Button(getTranslation("invitation.decline"), event -> {
            try {
                received.declineLink(token);
                done(getTranslation("invitation.declined"));
            } catch (NotFoundException e) {
                unusableNow();
            }
        });
        decline.setId("decline-invitation");
        var actions = new HorizontalLayout(accept, decline);
        actions.setWrap(true);
        add(actions);
    }

    private void newcomer(String token, LinkedInvitation invitation) {
        String organisation = invitation.organisationName();
        var signIn = new Anchor("invitation/sign-in/" + token, getTranslation("invitation.sign-in"));
        signIn.setRouterIgnore(true);
        signIn.setId("sign-in-to-accept");
        add(new H2(getTranslation("invitation.heading", organisation)),
                new Paragraph(getTranslation("invitation.text", organisation, roles(invitation.roles()),
                        time(invitation.expiresAt()))),
                new H3(getTranslation("invitation.existing.heading")),
                new Paragraph(getTranslation("invitation.existing.text")), signIn,
                new H3(getTranslation("invitation.new.heading")),
                new Paragraph(getTranslation("invitation.new.text", organisation)),
                accountForm(token, invitation));
    }

    private FormLayout accountForm(String token, LinkedInvitation invitation) {
        var form = new NewAccountForm();
        if (invitation.displayName() != null) {
            form.displayName.setValue(invitation.displayName());
        }
        var binder = new BeanValidationBinder<>(NewAccount.class);
        binder.bindInstanceFields(form);
        var create = new Button(getTranslation("invitation.create"), event -> {
            if (!form.password.getValue().equals(form.repeated.getValue())) {
                form.repeated.setErrorMessage(getTranslation("invitation.password-mismatch"));
                form.repeated.setInvalid(true);
                return;
            }
            form.repeated.setInvalid(false);
            try {
                links.createAccount(token, binder.writeRecord());
                done(getTranslation("invitation.created"));
            } catch (ValidationException e) {
                // the binder shows the messages next to the fields
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            } catch (NotFoundException e) {
                unusableNow();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        form.add(create);
        return form;
    }

    /** What happened, and the way into Inclusio (which asks a new person to sign in). */
    private void done(String message) {
        removeAll();
        var home = new Anchor("", getTranslation("invitation.home"));
        home.setRouterIgnore(true);
        home.setId("go-to-inclusio");
        var text = new Paragraph(message);
        text.setId("invitation-outcome");
        add(new H1(getTranslation("app.name")), text, home);
    }

    private void unusable() {
        var home = new Anchor("", getTranslation("invitation.home"));
        home.setRouterIgnore(true);
        var heading = new H2(getTranslation("invitation.unusable.heading"));
        heading.setId("invitation-unusable");
        add(heading, new Paragraph(getTranslation("invitation.unusable.text")), home);
    }

    private void unusableNow() {
        removeAll();
        add(new H1(getTranslation("app.name")));
        unusable();
    }

    private Paragraph error(String message) {
        var paragraph = new Paragraph(message);
        paragraph.getStyle().set("color", "var(--lumo-error-text-color)");
        return paragraph;
    }

    private String roles(Set<Role> roles) {
        return roles.stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }

    /** The fields of {@link NewAccount}, named like its components, and the password typed a second time. */
    private final class NewAccountForm extends FormLayout {

        final TextField username = new TextField(getTranslation("invitation.username"));
        final TextField displayName = new TextField(getTranslation("invitation.display-name"));
        final PasswordField password = new PasswordField(getTranslation("invitation.password"));
        final PasswordField repeated = new PasswordField(getTranslation("invitation.password-repeat"));

        NewAccountForm() {
            username.setId("new-username");
            displayName.setId("new-display-name");
            password.setId("new-password");
            repeated.setId("repeat-password");
            username.setAutocomplete(Autocomplete.USERNAME);
            password.setAutocomplete(Autocomplete.NEW_PASSWORD);
            repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
            add(username, displayName, password, repeated);
        }
    }
}
