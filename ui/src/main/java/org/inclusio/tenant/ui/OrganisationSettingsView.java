package org.inclusio.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationSettings;
import org.inclusio.tenant.Organisations;

/** The organisation administrator's settings: name, languages served, smallest cell shown (k) and retention. */
@Route("organisation")
@Menu(order = 30, icon = "vaadin:cog", title = "settings.menu")
@RolesAllowed(Roles.ORG_ADMIN)
class OrganisationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = new TextField(getTranslation("organisations.name"));
    private final TextField defaultLanguage = new TextField(getTranslation("organisations.default-language"));
    private final TextField languages = new TextField(getTranslation("organisations.languages"));
    private final IntegerField smallCellThreshold = new IntegerField(getTranslation("organisations.small-cell-threshold"));
    private final IntegerField retentionMonths = new IntegerField(getTranslation("organisations.retention-months"));

    OrganisationSettingsView(OrganisationService organisations) {
        Organisation organisation = organisations.current();
        var binder = new BeanValidationBinder<>(OrganisationSettings.class);
        binder.forField(languages).withConverter(new LanguageList()).bind("languages");
        binder.bindInstanceFields(this);
        binder.readRecord(OrganisationSettings.of(organisation));
        smallCellThreshold.setMin(Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
        smallCellThreshold.setId("small-cell-threshold");
        languages.setId("languages");
        var save = new Button(getTranslation("settings.save"), event -> {
            try {
                organisations.changeSettings(binder.writeRecord());
                Notification.show(getTranslation("settings.saved"));
            } catch (ValidationException e) {
                // shown next to the fields; what was typed stays
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-settings");
        var form = new FormLayout(name, defaultLanguage, languages, smallCellThreshold, retentionMonths);
        add(new H2(getTranslation("settings.heading")),
                new Paragraph(organisation.slug() + " · " + getTranslation("organisations.type." + organisation.type().name())),
                form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.heading") + " | Inclusio";
    }
}
