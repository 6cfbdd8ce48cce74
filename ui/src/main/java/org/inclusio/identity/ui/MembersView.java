package org.inclusio.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
import org.inclusio.identity.CreateMember;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The organisation's members: add people, change their roles, deactivate them. The selection is in the URL. */
@Route("members")
@Menu(order = 10, icon = "vaadin:users", title = "members.menu")
@RolesAllowed(Roles.ORG_ADMIN)
class MembersView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MemberService members;
    private final Grid<Member> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    MembersView(MemberService members) {
        this.members = members;
        var add = new Button(getTranslation("members.add"), event -> openAddDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-member");
        grid.addColumn(Member::username).setHeader(getTranslation("members.username")).setAutoWidth(true);
        grid.addColumn(Member::displayName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        grid.addColumn(member -> roles(member)).setHeader(getTranslation("members.roles"));
        grid.addColumn(member -> getTranslation("members.status." + member.status().name()))
                .setHeader(getTranslation("members.status"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(MembersView.class,
                        event.getValue() == null ? null : event.getValue().id().toString()));
            }
        });
        var content = new HorizontalLayout(grid, detail);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, detail);
        add(new HorizontalLayout(new H2(getTranslation("members.heading")), add), content);
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String membership) {
        grid.setItems(members.list());
        detail.removeAll();
        parse(membership).flatMap(this::find).ifPresentOrElse(member -> {
            grid.select(member);
            showDetail(member);
        }, grid::deselectAll);
    }

    private Optional<Member> find(MembershipId id) {
        try {
            return Optional.of(members.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void showDetail(Member member) {
        var roles = new CheckboxGroup<Role>(getTranslation("members.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(member.roles());
        roles.setId("member-roles");
        var save = new Button(getTranslation("members.save-roles"), event -> {
            try {
                members.changeRoles(member.id(), roles.getValue());
                Notification.show(getTranslation("members.saved"));
                refresh(member);
            } catch (InvalidInputException e) {
                roles.setErrorMessage(e.errors().getFirst().message());
                roles.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean active = member.status() == MemberStatus.ACTIVE;
        var toggle = new Button(getTranslation(active ? "members.deactivate" : "members.reactivate"), event -> {
            try {
                if (active) {
                    members.deactivate(member.id());
                } else {
                    members.reactivate(member.id());
                }
                refresh(member);
            } catch (InvalidInputException e) {
                Notification.show(e.errors().getFirst().message());
            }
        });
        if (active) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        detail.add(new H3(member.displayName()), new Paragraph(member.username()), roles,
                new HorizontalLayout(save, toggle));
    }

    private void refresh(Member member) {
        setParameter(null, member.id().toString());
    }

    private void openAddDialog() {
        var dialog = new Dialog(getTranslation("members.add"));
        var form = new NewMemberForm();
        var binder = new BeanValidationBinder<>(CreateMember.class);
        binder.bindInstanceFields(form);
        var create = new Button(getTranslation("members.create"), event -> {
            try {
                var created = members.create(binder.writeRecord());
                dialog.close();
                if (created.initialPassword() != null) {
                    showInitialPassword(created.member(), created.initialPassword());
                }
                getUI().ifPresent(ui -> ui.navigate(MembersView.class, created.member().id().toString()));
            } catch (ValidationException e) {
                // the binder shows the messages next to the fields; the dialog keeps what was typed
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("create-member");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), create);
        dialog.open();
    }

    private void showInitialPassword(Member member, String password) {
        var dialog = new Dialog(getTranslation("members.initial-password.title"));
        var text = new Paragraph(getTranslation("members.initial-password.text", member.username()));
        var value = new TextField();
        value.setValue(password);
        value.setReadOnly(true);
        value.setId("initial-password");
        dialog.add(new VerticalLayout(text, value));
        dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()));
        dialog.open();
    }

    private String roles(Member member) {
        return member.roles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private static Optional<MembershipId> parse(String value) {
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

    /** The fields of {@link CreateMember}, named like its components so the binder finds them. */
    private final class NewMemberForm extends FormLayout {

        final TextField username = new TextField(getTranslation("members.username"));
        final TextField displayName = new TextField(getTranslation("members.name"));
        final EmailField email = new EmailField(getTranslation("members.email"));
        final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("members.roles"));

        NewMemberForm() {
            username.setId("new-member-username");
            displayName.setId("new-member-name");
            roles.setId("new-member-roles");
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
            add(username, displayName, email, roles);
        }
    }
}
