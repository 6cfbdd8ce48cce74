package org.inclusio.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.practice.Funding;
import org.inclusio.practice.Objective;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticePartner;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.RecordPractice;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.IsoCodes;
import org.inclusio.shared.ui.RowsField;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sets up or corrects a practice: what it is, for whom and in which languages, when, its partners and funding (the
 * evidence of collaboration and sustainability) and its objectives. Indicators are added on the practice's page.
 */
@Route(PracticeFormView.NEW)
@RouteAlias("practices/:practice([0-9a-fA-F-]{36})/edit")
@RolesAllowed(Roles.MANAGER)
class PracticeFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "practices/new";

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> targetGroups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Select<PracticeStatus> status = new Select<>();
    final RowsField<PracticePartner> partners = PracticeRows.partners(this::getTranslation);
    final RowsField<Funding> funding = PracticeRows.funding(this::getTranslation);
    final RowsField<Objective> objectives = PracticeRows.objectives(this::getTranslation);

    private final PracticeService practices;
    private final BeanValidationBinder<RecordPractice> binder = new BeanValidationBinder<>(RecordPractice.class);
    private final H2 heading = new H2();
    private @Nullable Practice editing;

    PracticeFormView(PracticeService practices) {
        this.practices = practices;
        name.setLabel(getTranslation("practice.name"));
        name.setMaxLength(200);
        name.setId("practice-name");
        description.setLabel(getTranslation("practice.description"));
        description.setMaxLength(4_000);
        description.setId("practice-description");
        targetGroups.setLabel(getTranslation("practice.target-groups"));
        targetGroups.setHelperText(getTranslation("practice.target-groups.help"));
        targetGroups.setAllowCustomValue(true);
        targetGroups.setItems(new LinkedHashSet<>());
        targetGroups.addCustomValueSetListener(event -> {
            var chosen = new LinkedHashSet<>(targetGroups.getValue());
            chosen.add(event.getDetail().strip());
            var items = new LinkedHashSet<>(chosen);
            targetGroups.setItems(items);
            targetGroups.setValue(chosen);
        });
        targetGroups.setId("practice-target-groups");
        languages.setLabel(getTranslation("practice.languages"));
        IsoCodes.languages(languages, getLocale());
        languages.setId("practice-languages");
        startsOn.setLabel(getTranslation("practice.starts-on"));
        startsOn.setId("practice-starts-on");
        endsOn.setLabel(getTranslation("practice.ends-on"));
        endsOn.setId("practice-ends-on");
        status.setLabel(getTranslation("practice.status"));
        status.setItems(PracticeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("practice.status." + value.name()));
        status.setId("practice-status");
        partners.setId("practice-partners");
        funding.setId("practice-funding");
        objectives.setId("practice-objectives");

        binder.forField(name).asRequired(getTranslation("practice.required")).bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(targetGroups).withConverter((Set<String> chosen) -> List.copyOf(chosen),
                (List<String> groups) -> {
                    targetGroups.setItems(new LinkedHashSet<>(groups));
                    return new LinkedHashSet<>(groups);
                }).bind("targetGroups");
        binder.forField(languages).withConverter((Set<String> chosen) -> List.copyOf(chosen),
                (List<String> codes) -> new LinkedHashSet<>(codes)).bind("languages");
        binder.forField(startsOn).asRequired(getTranslation("practice.required")).bind("startsOn");
        binder.forField(status).asRequired(getTranslation("practice.required")).bind("status");
        binder.bindInstanceFields(this);

        var main = new FormLayout(name, status, startsOn, endsOn, description, targetGroups, languages);
        main.setColspan(name, 2);
        main.setColspan(description, 2);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var save = new Button(getTranslation("practice.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-practice");
        var cancel = new Button(getTranslation("common.cancel"), event -> leave(editing == null ? null
                : editing.id()));
        add(heading, main, new H3(getTranslation("practice.partners")), partners,
                new H3(getTranslation("practice.funding")), funding, new H3(getTranslation("practice.objectives")),
                new Paragraph(getTranslation("practice.objectives.help")), objectives,
                new HorizontalLayout(save, cancel));
        setMaxWidth("64em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("practice").map(UUID::fromString).map(PracticeId::new);
        if (id.isPresent()) {
            try {
                editing = practices.get(id.get());
            } catch (org.inclusio.shared.NotFoundException e) {
                throw new NotFoundException();
            }
            heading.setText(getTranslation("practice.edit.heading"));
            binder.readRecord(new RecordPractice(editing.name(), editing.description(), editing.targetGroups(),
                    editing.languages(), editing.startsOn(), editing.endsOn(), editing.status(), editing.partners(),
                    editing.funding(), editing.objectives()));
        } else {
            heading.setText(getTranslation("practice.new.heading"));
            binder.readRecord(new RecordPractice("", null, List.of(), List.of(), LocalDate.now(), null,
                    PracticeStatus.PLANNED, List.of(), List.of(), List.of()));
        }
    }

    private void save() {
        RecordPractice command;
        try {
            command = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows the messages next to the fields; everything typed stays
        }
        try {
            var saved = editing == null ? practices.record(command)
                    : practices.update(editing.id(), editing.version(), command);
            Notification.show(getTranslation("practice.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave(saved.id());
        } catch (InvalidInputException e) {
            FormErrors.show(binder, e);
        } catch (ConstraintViolationException e) {
            FormErrors.show(binder, e);
        }
    }

    private void leave(@Nullable PracticeId saved) {
        getUI().ifPresent(ui -> {
            if (saved != null) {
                ui.navigate(PracticeView.class, PracticeView.parameters(saved));
            } else {
                ui.navigate(PracticesView.class);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Inclusio";
    }
}
