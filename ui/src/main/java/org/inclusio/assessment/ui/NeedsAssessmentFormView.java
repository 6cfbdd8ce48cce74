package org.inclusio.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.assessment.AssessmentMethod;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.Capacities;
import org.inclusio.assessment.GoalEntry;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentId;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records a needs assessment of one case file ({@code ?caseFile=<id>}, held in {@code ?language=}, by default the
 * person's preferred language), or corrects one ({@code …/edit}). A
 * reassessment starts from the person's latest assessment, so that only what changed needs a touch. Sensitive domains
 * are offered only to roles that may see them. The service's messages appear next to the fields, and everything typed
 * stays.
 */
@Route(NeedsAssessmentFormView.NEW)
@RouteAlias("needs-assessments/:assessment([0-9a-fA-F-]{36})/edit")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER})
class NeedsAssessmentFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "needs-assessments/new";

    final DatePicker assessedOn = new DatePicker();
    final Select<AssessmentMethod> method = new Select<>();
    final ComboBox<String> language = new ComboBox<>();
    final DomainNeedsField needs;
    final CheckboxGroup<Barrier> barriers = new CheckboxGroup<>();
    final TextField otherBarrier = new TextField();
    final CapacitiesField capacities;
    final GoalsField goals;
    final DatePicker reassessmentDue = new DatePicker();

    private final NeedsAssessmentService assessments;
    private final PracticeField practice;
    private final CaseFileDirectory caseFiles;
    private final BeanValidationBinder<RecordNeedsAssessment> binder =
            new BeanValidationBinder<>(RecordNeedsAssessment.class);
    private final H2 heading = new H2();
    private final Paragraph person = new Paragraph();
    private @Nullable NeedsAssessment editing;
    private @Nullable CaseFileId caseFile;

    NeedsAssessmentFormView(NeedsAssessmentService assessments, CaseFileDirectory caseFiles,
                            PracticeService practices) {
        this.assessments = assessments;
        this.practice = new PracticeField(practices);
        practice.setId("assessment-practice");
        this.caseFiles = caseFiles;
        List<NeedDomain> domains = assessments.domains().stream()
                .filter(domain -> !domain.sensitive() || AssessmentAccess.seesSensitiveDomains()).toList();
        this.needs = new DomainNeedsField(domains);
        this.capacities = new CapacitiesField(getLocale());
        this.goals = new GoalsField(domains);

        label(assessedOn, "assessment.assessed-on");
        assessedOn.setMax(LocalDate.now());
        label(method, "assessment.method");
        method.setItems(AssessmentMethod.values());
        method.setItemLabelGenerator(value -> getTranslation("assessment.method." + value.name()));
        label(language, "assessment.language");
        IsoCodes.languages(language, getLocale());
        needs.getElement().setAttribute("aria-label", getTranslation("assessment.needs"));
        needs.setId("assessment-needs");
        barriers.setAriaLabel(getTranslation("assessment.barriers"));
        barriers.setId("assessment-barriers");
        barriers.setItems(Barrier.values());
        barriers.setItemLabelGenerator(value -> getTranslation("assessment.barrier." + value.name()));
        barriers.addValueChangeListener(event -> otherBarrier.setVisible(event.getValue().contains(Barrier.OTHER)));
        label(otherBarrier, "assessment.other-barrier");
        otherBarrier.setMaxLength(500);
        otherBarrier.setVisible(false);
        capacities.getElement().setAttribute("aria-label", getTranslation("assessment.capacities"));
        capacities.setId("assessment-capacities");
        goals.getElement().setAttribute("aria-label", getTranslation("assessment.goals"));
        goals.setId("assessment-goals");
        label(reassessmentDue, "assessment.reassessment-due");
        reassessmentDue.setHelperText(getTranslation("assessment.reassessment-due.hint"));

        binder.forField(new HeldValue<CaseFileId>()).bind("caseFile");
        binder.forField(assessedOn).asRequired(getTranslation("assessment.required")).bind("assessedOn");
        binder.forField(method).asRequired(getTranslation("assessment.required")).bind("method");
        binder.forField(language).asRequired(getTranslation("assessment.required")).bind("language");
        binder.forField(otherBarrier).withNullRepresentation("").bind("otherBarrier");
        binder.forField(practice).bind("practiceId");
        binder.bindInstanceFields(this);

        var main = new FormLayout(assessedOn, method, language, reassessmentDue, practice);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var save = new Button(getTranslation("assessment.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-assessment");
        var cancel = new Button(getTranslation("common.cancel"), event -> leave(null));
        if (!AssessmentAccess.seesSensitiveDomains()) {
            var withheld = new Paragraph(getTranslation("assessment.sensitive-withheld"));
            withheld.setId("sensitive-domains-withheld");
            add(withheld);
        }
        add(heading, person, main, new H3(getTranslation("assessment.needs")), needs,
                new H3(getTranslation("assessment.barriers")), barriers, otherBarrier,
                new H3(getTranslation("assessment.capacities")), capacities,
                new H3(getTranslation("assessment.goals")), goals, new HorizontalLayout(save, cancel));
        setMaxWidth("64em");
        addClassName("needs-assessment-form");
    }

    /** Labels a field and names it after its key: {@code assessment.assessed-on} is {@code #assessment-assessed-on}. */
    private <F extends Component & HasLabel> void label(F field, String key) {
        field.setLabel(getTranslation(key));
        field.setId("assessment-" + key.substring(key.indexOf('.') + 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("assessment").map(UUID::fromString).map(NeedsAssessmentId::new);
        if (id.isPresent()) {
            try {
                editing = assessments.get(id.get());
            } catch (org.inclusio.shared.NotFoundException e) {
                throw new NotFoundException();
            }
            caseFile = editing.caseFile();
            heading.setText(getTranslation("assessment.edit.heading"));
            binder.readRecord(commandOf(editing, editing.assessedOn(), editing.reassessmentDue()));
        } else {
            caseFile = event.getLocation().getQueryParameters().getSingleParameter("caseFile")
                    .flatMap(NeedsAssessmentFormView::caseFileId).orElseThrow(NotFoundException::new);
            var history = assessments.history(caseFile);
            heading.setText(getTranslation(history.isEmpty() ? "assessment.new.heading"
                    : "assessment.reassess.heading"));
            String preferred = event.getLocation().getQueryParameters().getSingleParameter("language")
                    .filter(code -> code.matches("[a-z]{2,3}")).orElse(getLocale().getLanguage());
            binder.readRecord(history.isEmpty()
                    ? new RecordNeedsAssessment(caseFile, LocalDate.now(), AssessmentMethod.INTERVIEW, preferred,
                    List.of(), Set.of(), null, Capacities.NONE, List.of(), null, null)
                    : commandOf(history.getLast(), LocalDate.now(), null));
        }
        person.setText(caseFiles.find(caseFile).map(reference -> reference.caseNumber() + " · "
                + reference.displayName()).orElse(""));
        person.setId("assessment-person");
    }

    /** What an assessment says, as a command: to correct it, or as the start of a reassessment. */
    private static RecordNeedsAssessment commandOf(NeedsAssessment assessment, LocalDate on,
                                                   @Nullable LocalDate due) {
        return new RecordNeedsAssessment(assessment.caseFile(), on, assessment.method(), assessment.language(),
                assessment.needs().stream().map(need -> new NeedEntry(need.domain(), need.level(),
                        need.description(), need.status())).toList(),
                assessment.barriers(), assessment.otherBarrier(), assessment.capacities(),
                assessment.goals().stream().map(goal -> new GoalEntry(goal.goal(), goal.domain(), goal.targetDate(),
                        goal.status())).toList(), due, assessment.practiceId());
    }

    private void save() {
        RecordNeedsAssessment command;
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

    private void leave(@Nullable NeedsAssessmentId saved) {
        getUI().ifPresent(ui -> {
            if (saved != null) {
                ui.navigate(NeedsAssessmentView.class, NeedsAssessmentView.parameters(saved));
            } else if (caseFile != null) {
                ui.navigate("case-files/" + caseFile, QueryParameters.of("tab", NeedsTab.TAB));
            } else {
                ui.navigate("");
            }
        });
    }

    private static Optional<CaseFileId> caseFileId(String value) {
        try {
            return Optional.of(new CaseFileId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Inclusio";
    }
}
