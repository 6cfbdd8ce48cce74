package org.inclusio.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.ParticipatoryAssessment;
import org.inclusio.assessment.ParticipatoryAssessmentId;
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.assessment.ParticipatoryMethod;
import org.inclusio.assessment.RecordParticipatoryAssessment;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.Headcount;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records or corrects a participatory assessment: how it was done, who took part by group, the languages used, the
 * group consultations that carried it out (those of the last two years), and the findings with the actions taken.
 * Headcounts by gender × age band come through the API and stay as they are when corrected here.
 */
@Route(ParticipatoryAssessmentFormView.NEW)
@RouteAlias("participatory-assessments/:assessment([0-9a-fA-F-]{36})/edit")
@RolesAllowed({Roles.CASEWORKER, Roles.MANAGER})
class ParticipatoryAssessmentFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "participatory-assessments/new";

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final DatePicker periodFrom = new DatePicker();
    final DatePicker periodTo = new DatePicker();
    final CheckboxGroup<ParticipatoryMethod> methods = new CheckboxGroup<>();
    final ParticipantGroupsField groups = new ParticipantGroupsField();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ConsultationSummary> consultations = new MultiSelectComboBox<>();
    final FindingsField findings;

    private final ParticipatoryAssessmentService assessments;
    private final PracticeField practice;
    private final BeanValidationBinder<RecordParticipatoryAssessment> binder =
            new BeanValidationBinder<>(RecordParticipatoryAssessment.class);
    private final H2 heading = new H2();
    private @Nullable ParticipatoryAssessment editing;

    ParticipatoryAssessmentFormView(ParticipatoryAssessmentService assessments, NeedsAssessmentService needs,
                                    ConsultationService consultationService, PracticeService practices) {
        this.assessments = assessments;
        this.practice = new PracticeField(practices);
        practice.setId("community-practice");
        this.findings = new FindingsField(needs.domains());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<ConsultationSummary> groupConsultations = consultationService.list(new ConsultationFilter(
                        LocalDate.now().minusYears(2), LocalDate.now(), null, null, null, null, null, null, null), null, 200)
                .items().stream().filter(consultation -> consultation.type().isGroup()).toList();

        title.setLabel(getTranslation("community.title"));
        title.setMaxLength(200);
        title.setId("community-title");
        summary.setLabel(getTranslation("community.summary"));
        summary.setMaxLength(4_000);
        summary.setId("community-summary");
        periodFrom.setLabel(getTranslation("community.period-from"));
        periodFrom.setId("community-period-from");
        periodTo.setLabel(getTranslation("community.period-to"));
        periodTo.setId("community-period-to");
        methods.setLabel(getTranslation("community.methods"));
        methods.setItems(ParticipatoryMethod.values());
        methods.setItemLabelGenerator(method -> getTranslation("community.method." + method.name()));
        methods.setId("community-methods");
        groups.setLabel(getTranslation("community.groups"));
        groups.setId("community-groups");
        languages.setLabel(getTranslation("community.languages"));
        IsoCodes.languages(languages, getLocale());
        languages.setId("community-languages");
        consultations.setLabel(getTranslation("community.consultations"));
        consultations.setItems(groupConsultations);
        consultations.setItemLabelGenerator(consultation -> dates.format(consultation.heldOn()) + " · "
                + getTranslation("consultation-type." + consultation.type().name()) + " · "
                + consultation.participants());
        consultations.setId("community-consultations");
        findings.setLabel(getTranslation("community.findings"));
        findings.setId("community-findings");

        binder.forField(title).asRequired(getTranslation("assessment.required")).bind("title");
        binder.forField(summary).withNullRepresentation("").bind("summary");
        binder.forField(periodFrom).asRequired(getTranslation("assessment.required")).bind("periodFrom");
        binder.forField(periodTo).asRequired(getTranslation("assessment.required")).bind("periodTo");
        binder.forField(languages).withConverter((Set<String> chosen) -> List.copyOf(chosen),
                (List<String> codes) -> new LinkedHashSet<>(codes)).bind("languages");
        binder.forField(consultations).withConverter(
                (Set<ConsultationSummary> chosen) -> chosen.stream().map(ConsultationSummary::id)
                        .collect(Collectors.toSet()),
                (Set<ConsultationId> ids) -> groupConsultations.stream()
                        .filter(consultation -> ids.contains(consultation.id())).collect(Collectors.toSet()))
                .bind("consultations");
        binder.forField(practice).bind("practiceId");
        binder.forField(new ReadOnlyHasValue<List<Headcount>>(value -> { })).bind("participants");
        binder.bindInstanceFields(this);

        var main = new FormLayout(title, periodFrom, periodTo, summary, methods, languages, consultations, practice);
        main.setColspan(title, 2);
        main.setColspan(summary, 2);
        main.setColspan(methods, 2);
        main.setColspan(consultations, 2);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var save = new Button(getTranslation("assessment.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-participatory-assessment");
        var cancel = new Button(getTranslation("common.cancel"), event -> leave(null));
        add(heading, main, new H3(getTranslation("community.groups")), groups,
                new H3(getTranslation("community.findings")), findings, new HorizontalLayout(save, cancel));
        setMaxWidth("64em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("assessment").map(UUID::fromString)
                .map(ParticipatoryAssessmentId::new);
        if (id.isPresent()) {
            try {
                editing = assessments.get(id.get());
            } catch (org.inclusio.shared.NotFoundException e) {
                throw new NotFoundException();
            }
            heading.setText(getTranslation("community.edit.heading"));
            binder.readRecord(new RecordParticipatoryAssessment(editing.title(), editing.summary(),
                    editing.practiceId(), editing.periodFrom(), editing.periodTo(), editing.methods(),
                    editing.participants(), editing.groups(), editing.languages(),
                    Set.copyOf(editing.consultations()), editing.findings()));
        } else {
            heading.setText(getTranslation("community.new.heading"));
            binder.readRecord(new RecordParticipatoryAssessment("", null, null, LocalDate.now().minusMonths(1),
                    LocalDate.now(), Set.of(ParticipatoryMethod.FOCUS_GROUP), List.of(), List.of(), List.of(),
                    Set.of(), List.of()));
        }
    }

    private void save() {
        RecordParticipatoryAssessment command;
        try {
            command = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows the messages next to the fields; everything typed stays
        }
        try {
            var saved = editing == null ? assessments.record(command)
                    : assessments.update(editing.id(), editing.version(), command);
            Notification.show(getTranslation("assessment.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave(saved.id());
        } catch (InvalidInputException e) {
            FormErrors.show(binder, e);
        } catch (ConstraintViolationException e) {
            FormErrors.show(binder, e);
        }
    }

    private void leave(@Nullable ParticipatoryAssessmentId saved) {
        getUI().ifPresent(ui -> {
            if (saved != null) {
                ui.navigate(ParticipatoryAssessmentView.class, ParticipatoryAssessmentView.parameters(saved));
            } else {
                ui.navigate(ParticipatoryAssessmentsView.class);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Inclusio";
    }
}
