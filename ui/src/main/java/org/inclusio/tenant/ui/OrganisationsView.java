package org.inclusio.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.OrganisationAction;
import org.inclusio.tenant.ActiveMembers;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.Organisations;

import java.util.List;

/**
 * Platform administration: create organisations, suspend and reactivate them (suspending asks first, naming how
 * many people lose access), and what other features offer per organisation (appointing its first administrator).
 * No case data is shown here.
 */
@Route("platform/organisations")
@Menu(order = 90, icon = "vaadin:building", title = "organisations.menu")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    static final String STATUS_ACTION = "status-action";
    /** Key prefix of the columns other features contribute ({@link OrganisationAction}), in their order. */
    static final String ACTION = "action-";

    private final OrganisationService organisations;
    private final ActiveMembers activeMembers;
    private final Grid<Organisation> grid = new Grid<>();

    OrganisationsView(OrganisationService organisations, ActiveMembers activeMembers,
                      List<OrganisationAction> actions) {
        this.organisations = organisations;
        this.activeMembers = activeMembers;
        var create = new Button(getTranslation("organisations.create"), event -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-organisation");
        // what a platform administrator acts on comes first, so that a phone shows it without scrolling sideways
        grid.addColumn(Organisation::name).setHeader(getTranslation("organisations.name")).setAutoWidth(true);
        grid.addColumn(organisation -> getTranslation("organisations.status." + organisation.status().name()))
                .setHeader(getTranslation("organisations.status"));
        grid.addComponentColumn(this::statusButton).setKey(STATUS_ACTION).setAutoWidth(true);
        for (int index = 0; index < actions.size(); index++) {
            var action = actions.get(index);
            grid.addComponentColumn(organisation -> action.create(organisation.id().value(), organisation.name()))
                    .setKey(ACTION + index).setAutoWidth(true);
        }
        grid.addColumn(Organisation::slug).setHeader(getTranslation("organisations.slug"));
        grid.addColumn(organisation -> getTranslation("organisations.type." + organisation.type().name()))
                .setHeader(getTranslation("organisations.type"));
        var header = new HorizontalLayout(new H2(getTranslation("organisations.heading")), create);
        header.setWrap(true);
        header.setAlignItems(Alignment.BASELINE);
        add(header, grid);
        setSizeFull();
        refresh();
    }

    private Button statusButton(Organisation organisation) {
        boolean active = organisation.isActive();
        var button = new Button(getTranslation(active ? "organisations.suspend" : "organisations.reactivate"), event -> {
            if (active) {
                confirmSuspension(organisation);
            } else {
                organisations.changeStatus(organisation.id(), OrganisationStatus.ACTIVE);
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        button.addClassName(active ? "suspend-organisation" : "reactivate-organisation");
        return button;
    }

    private void confirmSuspension(Organisation organisation) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("organisations.suspend.title", organisation.name()));
        dialog.setText(getTranslation("organisations.suspend.consequence",
                activeMembers.count(organisation.id()), organisation.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("organisations.suspend"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            organisations.changeStatus(organisation.id(), OrganisationStatus.SUSPENDED);
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(organisations.list());
    }

    private void openCreateDialog() {
        var dialog = new Dialog(getTranslation("organisations.create"));
        var form = new NewOrganisationForm();
        var binder = new BeanValidationBinder<>(CreateOrganisation.class);
        binder.forField(form.languages).withConverter(new LanguageList()).bind("languages");
        binder.bindInstanceFields(form);
        var save = new Button(getTranslation("organisations.create"), event -> {
            try {
                organisations.create(binder.writeRecord());
                dialog.close();
                refresh();
            } catch (ValidationException e) {
                // messages are shown next to the fields; nothing typed is lost
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.heading") + " | Inclusio";
    }

    /** The fields of {@link CreateOrganisation}, named like its components. */
    private final class NewOrganisationForm extends FormLayout {

        final TextField name = new TextField(getTranslation("organisations.name"));
        final TextField slug = new TextField(getTranslation("organisations.slug"));
        final ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("organisations.type"));
        final TextField country = new TextField(getTranslation("organisations.country"));
        final TextField defaultLanguage = new TextField(getTranslation("organisations.default-language"));
        final TextField languages = new TextField(getTranslation("organisations.languages"));
        final IntegerField smallCellThreshold = new IntegerField(getTranslation("organisations.small-cell-threshold"));
        final IntegerField retentionMonths = new IntegerField(getTranslation("organisations.retention-months"));

        NewOrganisationForm() {
            type.setItems(List.of(OrganisationType.values()));
            type.setItemLabelGenerator(value -> getTranslation("organisations.type." + value.name()));
            smallCellThreshold.setValue(Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
            smallCellThreshold.setMin(Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
            retentionMonths.setValue(Organisations.DEFAULT_RETENTION_MONTHS);
            add(name, slug, type, country, defaultLanguage, languages, smallCellThreshold, retentionMonths);
        }
    }
}
