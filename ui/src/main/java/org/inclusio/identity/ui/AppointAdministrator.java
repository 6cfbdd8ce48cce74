package org.inclusio.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.OrganisationAdministrators;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.ui.OrganisationAction;
import org.inclusio.tenant.TenantId;

import java.util.Set;
import java.util.UUID;

/**
 * The platform administrator invites an organisation's first administrator, by e-mail address or username. A
 * platform administrator cannot be appointed; the service refuses it and says no more.
 */
@org.springframework.stereotype.Component
class AppointAdministrator implements OrganisationAction {

    private final OrganisationAdministrators administrators;

    AppointAdministrator(OrganisationAdministrators administrators) {
        this.administrators = administrators;
    }

    @Override
    public Component create(UUID organisation, String organisationName) {
        var button = new Button();
        button.setText(button.getTranslation("organisations.appoint"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("appoint-administrator");
        button.addClickListener(event -> open(organisation, organisationName));
        return button;
    }

    private void open(UUID organisation, String organisationName) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("organisations.appoint.title", organisationName));
        var email = new EmailField(dialog.getTranslation("members.invite.email"));
        var username = new TextField(dialog.getTranslation("members.invite.username"));
        var name = new TextField(dialog.getTranslation("members.invite.display-name"));
        email.setId("appoint-email");
        username.setId("appoint-username");
        var send = new Button(dialog.getTranslation("members.invite.send"), event -> {
            email.setInvalid(false);
            username.setInvalid(false);
            if (email.isEmpty() == username.isEmpty()) {
                email.setErrorMessage(dialog.getTranslation("members.invite.either"));
                email.setInvalid(true);
                return;
            }
            try {
                var created = administrators.appoint(new TenantId(organisation),
                        new InviteMember(email.getValue(), username.getValue(), name.getValue(),
                                Set.of(Role.ORG_ADMIN)));
                dialog.close();
                showDelivery(created);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> {
                    var field = "username".equals(error.field()) ? username : email;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                });
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> {
                    var field = violation.getPropertyPath().toString().endsWith("username") ? username : email;
                    field.setErrorMessage(violation.getMessage());
                    field.setInvalid(true);
                });
            } catch (NotFoundException e) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-appointment");
        var form = new FormLayout(email, username, name);
        dialog.add(new Paragraph(dialog.getTranslation("organisations.appoint.hint")), form);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), event -> dialog.close()), send);
        dialog.open();
    }

    private static void showDelivery(CreatedInvitation created) {
        if (created.link() == null) {
            Notification.show(UI.getCurrent().getTranslation("members.invite.sent"), 5000,
                    Notification.Position.MIDDLE);
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("members.invite.link.title"));
        var link = new TextField();
        link.setValue(created.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("appointment-link");
        var content = new VerticalLayout(new Paragraph(dialog.getTranslation("organisations.appoint.link")), link);
        content.setPadding(false);
        dialog.add(content);
        dialog.setWidth("min(40em, 95vw)");
        dialog.getFooter().add(new Button(dialog.getTranslation("common.close"), event -> dialog.close()));
        dialog.open();
    }
}
