package org.inclusio.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.masterdetaillayout.MasterDetailLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.Invitation;
import org.inclusio.identity.InvitationService;
import org.inclusio.identity.InvitationStatus;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.tenant.OrganisationService;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organisation's members and invitations: invite people, change members' roles, deactivate them after a
 * confirmation. The selected member is in the URL; its detail is beside the list on a wide screen and over it on a
 * narrow one.
 */
@Route("members")
@Menu(order = 10, icon = "vaadin:users", title = "members.menu")
@RolesAllowed(Roles.ORG_ADMIN)
class MembersView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MemberService members;
    private final InvitationService invitations;
    private final OrganisationService organisations;
    private final Grid<Member> grid = new Grid<>();
    private final VerticalLayout invitationList = new VerticalLayout();
    private final MasterDetailLayout layout = new MasterDetailLayout();

    MembersView(MemberService members, InvitationService invitations, OrganisationService organisations) {
        this.members = members;
        this.invitations = invitations;
        this.organisations = organisations;
        var invite = new Button(getTranslation("members.invite"), event -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-member");
        var header = new HorizontalLayout(new H2(getTranslation("members.heading")), invite);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("members-grid");
        grid.addColumn(Member::displayName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        grid.addColumn(Member::username).setHeader(getTranslation("members.username")).setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("members.roles"));
        grid.addColumn(member -> getTranslation("members.status." + member.status().name()))
                .setHeader(getTranslation("members.status")).setAutoWidth(true);
        grid.setMinHeight("16em");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                show(event.getValue() == null ? null : event.getValue().id());
            }
        });

        invitationList.setId("invitations");
        invitationList.setPadding(false);

        var master = new VerticalLayout(grid, new H3(getTranslation("members.invitations")), invitationList);
        master.setPadding(false);
        master.setFlexGrow(1, grid);
        layout.setMaster(master);
        // small enough for a phone (390 px); the master grows into whatever the detail leaves free
        layout.setMasterSize("20em");
        layout.setDetailSize("22em");
        layout.setExpandMaster(true);
        layout.setDetailPlaceholder(new Paragraph(getTranslation("members.select")));
        layout.addBackdropClickListener(event -> show(null));
        layout.addDetailEscapePressListener(event -> show(null));
        layout.setSizeFull();

        add(header, layout);
        setFlexGrow(1, layout);
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String membership) {
        grid.setItems(members.list());
        showInvitations();
        parse(membership).flatMap(this::find).ifPresentOrElse(member -> {
            grid.select(member);
            layout.setDetail(detail(member));
        }, () -> {
            grid.deselectAll();
            layout.setDetail(null);
        });
    }

    private void show(@Nullable MembershipId membership) {
        getUI().ifPresent(ui -> ui.navigate(MembersView.class, membership == null ? null : membership.toString()));
    }

    private Optional<Member> find(MembershipId id) {
        try {
            return Optional.of(members.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private VerticalLayout detail(Member member) {
        var roles = new CheckboxGroup<Role>(getTranslation("members.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(member.roles());
        roles.setId("member-roles");
        var save = new Button(getTranslation("members.save-roles"), event -> {
            try {
                members.changeRoles(member.id(), roles.getValue());
                Notification.show(getTranslation("members.saved"));
                refresh(member.id());
            } catch (InvalidInputException e) {
                roles.setErrorMessage(e.errors().getFirst().message());
                roles.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean active = member.status() == MemberStatus.ACTIVE;
        var toggle = new Button(getTranslation(active ? "members.deactivate" : "members.reactivate"), event -> {
            if (active) {
                confirmDeactivation(member);
            } else {
                changeStatus(member, false);
            }
        });
        toggle.setId("member-status");
        if (active) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var close = new Button(getTranslation("common.close"), event -> show(null));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(save, toggle, close);
        actions.setWrap(true);
        var detail = new VerticalLayout(new H3(member.displayName()), new Paragraph(member.username()));
        if (member.email() != null) {
            detail.add(new Paragraph(member.email()));
        }
        detail.add(roles, actions);
        detail.setId("member-detail");
        return detail;
    }

    /** Deactivation takes the person's access away: ask first, naming who loses access to what. */
    private void confirmDeactivation(Member member) {
        var organisation = organisations.current().name();
        var confirm = new ConfirmDialog(getTranslation("members.deactivate.title", member.displayName()),
                getTranslation("members.deactivate.text", member.displayName(), organisation),
                getTranslation("members.deactivate"), event -> changeStatus(member, true));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void changeStatus(Member member, boolean deactivate) {
        try {
            if (deactivate) {
                members.deactivate(member.id());
            } else {
                members.reactivate(member.id());
            }
            refresh(member.id());
        } catch (InvalidInputException e) {
            Notification.show(e.errors().getFirst().message());
        }
    }

    private void refresh(MembershipId membership) {
        setParameter(null, membership.toString());
    }

    /** Newest first, as cards that fit a phone as well as a wide screen. */
    private void showInvitations() {
        invitationList.removeAll();
        invitations.list().forEach(invitation -> invitationList.add(card(invitation)));
    }

    private Card card(Invitation invitation) {
        var card = new Card();
        card.setTitle(invitation.invitee());
        card.setSubtitle(getTranslation("members.invitation.status." + invitation.status().name()));
        card.add(new Span(roles(invitation.roles())), new Span(getTranslation("members.invitation.expires") + ": "
                + time(invitation.expiresAt())));
        if (invitation.status() == InvitationStatus.PENDING) {
            card.setHeaderSuffix(withdrawButton(invitation));
        }
        card.addClassName("invitation");
        card.setWidthFull();
        return card;
    }

    private Button withdrawButton(Invitation invitation) {
        var withdraw = new Button(getTranslation("members.invitation.withdraw"), event -> {
            try {
                invitations.withdraw(invitation.id());
                Notification.show(getTranslation("members.invitation.withdrawn"));
            } catch (InvalidInputException | NotFoundException e) {
                // answered or expired in the meantime: the refreshed list shows how it ended
            }
            showInvitations();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClassName("withdraw-invitation");
        return withdraw;
    }

    private void openInviteDialog() {
        var dialog = new Dialog(getTranslation("members.invite"));
        var form = new InviteForm();
        var binder = new BeanValidationBinder<>(InviteMember.class);
        binder.forField(form.email).withNullRepresentation("").bind("email");
        binder.forField(form.username).withNullRepresentation("").bind("username");
        binder.forField(form.displayName).withNullRepresentation("").bind("displayName");
        binder.bindInstanceFields(form);
        var send = new Button(getTranslation("members.invite.send"), event -> {
            if (form.email.isEmpty() == form.username.isEmpty()) {
                form.email.setErrorMessage(getTranslation("members.invite.either"));
                form.email.setInvalid(true);
                return;
            }
            try {
                var created = invitations.invite(binder.writeRecord());
                dialog.close();
                showInvitations();
                showDelivery(created);
            } catch (ValidationException e) {
                // the binder shows the messages next to the fields; the dialog keeps what was typed
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setId("send-invitation");
        dialog.add(new Paragraph(getTranslation("members.invite.hint")), form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), send);
        dialog.open();
    }

    /** The same message whoever was invited; only the way the link travels differs, by configuration. */
    private void showDelivery(CreatedInvitation created) {
        if (created.link() == null) {
            Notification.show(getTranslation("members.invite.sent"), 5000, Notification.Position.MIDDLE);
            return;
        }
        var dialog = new Dialog(getTranslation("members.invite.link.title"));
        var text = new Paragraph(getTranslation("members.invite.link.text",
                time(created.invitation().expiresAt())));
        var link = new TextField();
        link.setValue(created.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        var content = new VerticalLayout(text, link);
        content.setPadding(false);
        dialog.add(content);
        dialog.setWidth("min(40em, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()));
        dialog.open();
    }

    private String roles(Member member) {
        return roles(member.roles());
    }

    private String roles(Set<Role> roles) {
        return roles.stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    private static Optional<MembershipId> parse(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new MembershipId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.heading") + " | Inclusio";
    }

    /** The fields of {@link InviteMember}, named like its components so the binder finds them. */
    private final class InviteForm extends FormLayout {

        final EmailField email = new EmailField(getTranslation("members.invite.email"));
        final TextField username = new TextField(getTranslation("members.invite.username"));
        final TextField displayName = new TextField(getTranslation("members.invite.display-name"));
        final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("members.roles"));

        InviteForm() {
            email.setId("invite-email");
            username.setId("invite-username");
            displayName.setId("invite-name");
            roles.setId("invite-roles");
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
            add(email, username, displayName, roles);
        }
    }
}
