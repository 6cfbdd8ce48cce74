package org.inclusio.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.CreateFollowUp;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.ReceivingSocietyCounts;
import org.inclusio.consultation.Topic;
import org.inclusio.consultation.TopicId;
import org.inclusio.consultation.TopicService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.Colleagues.Colleague;
import org.inclusio.identity.UserAccountId;
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
import java.util.stream.Collectors;

/**
 * Logs a consultation, individual or group. Opened from a case file it is linked to that file and starts as an
 * individual counselling today, in person, in the person's preferred language; a group type shows the headcount grid,
 * the receiving society and the stakeholders. A follow-up can be agreed in the same step. The service's messages
 * appear next to the fields, and everything typed stays.
 */
@Route("consultations/new")
@Menu(order = 31, icon = "vaadin:plus-circle-o", title = "consultation.log.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER})
class LogConsultationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<ConsultationType> type = new Select<>();
    final Select<ConsultationPurpose> purpose = new Select<>();
    final DatePicker heldOn = new DatePicker();
    final TimePicker startsAt = new TimePicker();
    final IntegerField durationMinutes = new IntegerField();
    final Select<Channel> channel = new Select<>();
    final TextField place = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final Checkbox interpreterPresent = new Checkbox();
    final Checkbox interculturalWorkerPresent = new Checkbox();
    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();
    final CaseFilePicker caseFiles;
    final HeadcountGrid headcounts = new HeadcountGrid();
    final ReceivingSocietyField receivingSociety = new ReceivingSocietyField();
    final StakeholdersField stakeholders = new StakeholdersField();
    final TextArea confidentialNotes = new TextArea();
    final TextArea outcome = new TextArea();
    final CheckboxGroup<Accommodation> accommodations = new CheckboxGroup<>();
    final BigDecimalField compensationAmount = new BigDecimalField();

    private final TextField followUpWhat = new TextField();
    private final DatePicker followUpDue = new DatePicker();
    private final ComboBox<Colleague> followUpAssignee = new ComboBox<>();

    private final ConsultationService consultations;
    private final PracticeField practice;
    private final FollowUpService followUps;
    private final BeanValidationBinder<LogConsultation> binder = new BeanValidationBinder<>(LogConsultation.class);
    private final VerticalLayout groupSection = new VerticalLayout();
    private @Nullable CaseFileId fromCaseFile;

    LogConsultationView(ConsultationService consultations, FollowUpService followUps, TopicService topicService,
                        CaseFileService caseFileService, CaseFileDirectory directory,
                        Colleagues colleagues, PracticeService practices) {
        this.consultations = consultations;
        this.practice = new PracticeField(practices);
        practice.setId("consultation-practice");
        this.followUps = followUps;
        this.caseFiles = new CaseFilePicker(caseFileService, directory);
        List<Topic> topicList = topicService.list();
        List<Colleague> assignable = FollowUpDialog.assignable(colleagues);

        label(type, "consultation.type");
        type.setItems(ConsultationType.values());
        type.setItemLabelGenerator(value -> getTranslation("consultation-type." + value.name()));
        type.addValueChangeListener(event -> showTypeSections());
        label(purpose, "consultation.purpose");
        purpose.setItems(ConsultationPurpose.values());
        purpose.setItemLabelGenerator(value -> getTranslation("consultation-purpose." + value.name()));
        purpose.setHelperText(getTranslation("consultation.purpose.hint"));
        label(heldOn, "consultation.held-on");
        heldOn.setMax(LocalDate.now());
        label(startsAt, "consultation.starts-at");
        label(durationMinutes, "consultation.duration");
        durationMinutes.setMin(1);
        durationMinutes.setMax(1440);
        label(channel, "consultation.channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value.name()));
        label(place, "consultation.place");
        label(language, "consultation.language");
        IsoCodes.languages(language, getLocale());
        label(interpreterPresent, "consultation.interpreter");
        label(interculturalWorkerPresent, "consultation.intercultural-worker");
        label(topics, "consultation.topics");
        topics.setItems(topicList);
        topics.setItemLabelGenerator(topic -> TopicLabels.label(this, topic));
        caseFiles.setLabel(getTranslation("consultation.case-files"));
        caseFiles.setId("consultation-caseFiles");
        label(confidentialNotes, "consultation.notes");
        confidentialNotes.setHelperText(getTranslation("consultation.notes.hint"));
        confidentialNotes.setMaxLength(10_000);
        label(outcome, "consultation.outcome");
        outcome.setMaxLength(4_000);
        label(accommodations, "consultation.accommodations");
        accommodations.setItems(Accommodation.values());
        accommodations.setItemLabelGenerator(value -> getTranslation("accommodation." + value.name()));
        accommodations.addValueChangeListener(event -> compensationAmount.setVisible(
                event.getValue().contains(Accommodation.COMPENSATION)));
        label(compensationAmount, "consultation.compensation");
        compensationAmount.setVisible(false);

        binder.forField(type).asRequired(getTranslation("consultation.required")).bind("type");
        binder.forField(purpose).asRequired(getTranslation("consultation.required")).bind("purpose");
        binder.forField(heldOn).asRequired(getTranslation("consultation.required")).bind("heldOn");
        binder.forField(durationMinutes).asRequired(getTranslation("consultation.required")).bind("durationMinutes");
        binder.forField(channel).asRequired(getTranslation("consultation.required")).bind("channel");
        binder.forField(language).asRequired(getTranslation("consultation.required")).bind("language");
        binder.forField(place).withNullRepresentation("").bind("place");
        binder.forField(topics).withConverter(
                (Set<Topic> chosen) -> chosen.stream().map(Topic::id).collect(Collectors.toSet()),
                (Set<TopicId> ids) -> topicList.stream().filter(topic -> ids.contains(topic.id()))
                        .collect(Collectors.toSet())).bind("topics");
        binder.forField(caseFiles).bind("caseFiles");
        binder.forField(confidentialNotes).withNullRepresentation("").bind("confidentialNotes");
        binder.forField(outcome).withNullRepresentation("").bind("outcome");
        binder.forField(practice).bind("practiceId");
        binder.bindInstanceFields(this);

        label(followUpWhat, "follow-up.what");
        followUpWhat.setMaxLength(500);
        followUpWhat.setId("follow-up-what");
        label(followUpDue, "follow-up.due");
        followUpDue.setMin(LocalDate.now());
        followUpDue.setId("follow-up-due");
        label(followUpAssignee, "follow-up.assignee");
        followUpAssignee.setItems(assignable);
        followUpAssignee.setItemLabelGenerator(Colleague::displayName);
        followUpAssignee.setPlaceholder(getTranslation("follow-up.assignee.me"));
        followUpAssignee.setClearButtonVisible(true);

        var main = new FormLayout(type, purpose, heldOn, startsAt, durationMinutes, channel, place, language,
                interpreterPresent, interculturalWorkerPresent, topics, caseFiles, practice);
        main.setColspan(topics, 2);
        main.setColspan(caseFiles, 2);
        responsive(main);
        groupSection.add(new H3(getTranslation("consultation.group.heading")), headcounts, receivingSociety,
                stakeholders);
        groupSection.setPadding(false);
        groupSection.setId("consultation-group-section");
        var closing = new FormLayout(confidentialNotes, outcome, accommodations, compensationAmount);
        closing.setColspan(confidentialNotes, 2);
        closing.setColspan(outcome, 2);
        closing.setColspan(accommodations, 2);
        responsive(closing);
        var followUp = new FormLayout(followUpWhat, followUpDue, followUpAssignee);
        followUp.setColspan(followUpWhat, 2);
        responsive(followUp);

        var save = new Button(getTranslation("consultation.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-consultation");
        var cancel = new Button(getTranslation("common.cancel"), event -> leave());
        add(new H2(getTranslation("consultation.log.heading")), main, groupSection, closing,
                new H3(getTranslation("follow-up.agree")), followUp, new HorizontalLayout(save, cancel));
        setMaxWidth("64em");
        addClassName("log-consultation");
    }

    /** Labels a field and names it after its key: {@code consultation.held-on} is {@code #consultation-held-on}. */
    private <F extends Component & HasLabel> void label(F field, String key) {
        field.setLabel(getTranslation(key));
        field.setId("consultation-" + key.substring(key.indexOf('.') + 1));
    }

    private static void responsive(FormLayout form) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    /**
     * {@code ?caseFile=<id>} links the case file and starts an individual counselling; {@code ?type=FOCUS_GROUP}
     * starts that type; {@code ?language=uk} preselects the language (the person's preferred one).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        fromCaseFile = parameters.getSingleParameter("caseFile").flatMap(LogConsultationView::caseFileId)
                .orElse(null);
        var startType = parameters.getSingleParameter("type").flatMap(LogConsultationView::consultationType)
                .orElse(ConsultationType.INDIVIDUAL_COUNSELLING);
        var startLanguage = parameters.getSingleParameter("language").filter(code -> code.matches("[a-z]{2,3}"))
                .orElse(getLocale().getLanguage());
        binder.readRecord(new LogConsultation(startType, ConsultationPurpose.SERVICE_DELIVERY, LocalDate.now(), null,
                60, Channel.IN_PERSON, null, startLanguage, false, false, Set.of(),
                fromCaseFile == null ? Set.of() : Set.of(fromCaseFile), List.of(), ReceivingSocietyCounts.NONE,
                List.of(), null, null, Set.of(), null, null));
        followUpDue.setValue(LocalDate.now().plusWeeks(1));
        showTypeSections();
    }

    private void showTypeSections() {
        boolean group = type.getValue() != null && type.getValue().isGroup();
        groupSection.setVisible(group);
        caseFiles.setLabel(getTranslation(group ? "consultation.participants" : "consultation.case-files"));
    }

    private void save() {
        var followUpBinder = followUpBinder();
        boolean followUpWanted = !followUpWhat.getValue().isBlank();
        LogConsultation command;
        try {
            command = binder.writeRecord();
            if (followUpWanted) {
                followUpBinder.writeRecord();
            }
        } catch (ValidationException e) {
            return; // the binders show the messages next to the fields; everything typed stays
        }
        if (!command.type().isGroup()) {
            // the grid is hidden for individual types: what it may still hold is not part of this consultation
            command = withoutGroupCounts(command);
        }
        try {
            var logged = consultations.log(command);
            if (followUpWanted) {
                followUps.create(new CreateFollowUp(followUpWhat.getValue().strip(),
                        followUpAssignee.getValue() == null ? null : followUpAssignee.getValue().id(),
                        followUpDue.getValue(), logged.id(), logged.caseFiles().isEmpty() ? null
                        : logged.caseFiles().getFirst().id()));
            }
            Notification.show(getTranslation("consultation.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave();
        } catch (InvalidInputException e) {
            FormErrors.show(binder, e);
        } catch (ConstraintViolationException e) {
            FormErrors.show(binder, e);
        }
    }

    /** Only checks the follow-up's fields before anything is saved, so that a consultation is not saved alone. */
    private Binder<CreateFollowUp> followUpBinder() {
        var followUpBinder = new BeanValidationBinder<>(CreateFollowUp.class);
        followUpBinder.forField(followUpWhat).asRequired(getTranslation("consultation.required")).bind("what");
        followUpBinder.forField(followUpDue).asRequired(getTranslation("consultation.required")).bind("dueOn");
        followUpBinder.forField(followUpAssignee).withConverter(
                (Colleague member) -> member == null ? null : member.id(),
                (UserAccountId id) -> null).bind("assignee");
        followUpBinder.forField(new ReadOnlyHasValue<ConsultationId>(value -> { })).bind("consultation");
        followUpBinder.forField(new ReadOnlyHasValue<CaseFileId>(value -> { })).bind("caseFile");
        return followUpBinder;
    }

    private static LogConsultation withoutGroupCounts(LogConsultation command) {
        return new LogConsultation(command.type(), command.purpose(), command.heldOn(), command.startsAt(),
                command.durationMinutes(), command.channel(), command.place(), command.language(),
                command.interpreterPresent(), command.interculturalWorkerPresent(), command.topics(),
                command.caseFiles(), List.of(), ReceivingSocietyCounts.NONE, List.of(), command.confidentialNotes(),
                command.outcome(), command.accommodations(), command.compensationAmount(), command.practiceId());
    }

    private void leave() {
        getUI().ifPresent(ui -> {
            if (fromCaseFile == null) {
                ui.navigate("consultations");
            } else {
                ui.navigate("case-files/" + fromCaseFile, QueryParameters.of("tab", CaseFileTimeline.TAB));
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

    private static Optional<ConsultationType> consultationType(String value) {
        try {
            return Optional.of(ConsultationType.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.log.heading") + " | Inclusio";
    }
}
