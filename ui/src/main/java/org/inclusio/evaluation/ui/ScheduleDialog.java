package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.evaluation.ScheduleEvaluations;
import org.inclusio.evaluation.ScheduleEvaluations.Cadence;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Schedules a practice's evaluations: against which framework, how often, and from when. When a period has ended its
 * draft opens the following night and the managers get an e-mail.
 */
class ScheduleDialog extends Dialog {

    final ComboBox<PracticeSummary> practice = new ComboBox<>();
    final Select<FrameworkSummary> framework = new Select<>();
    final Select<Cadence> cadence = new Select<>();
    final DatePicker firstPeriodFrom = new DatePicker();
    private final BeanValidationBinder<ScheduleEvaluations> binder =
            new BeanValidationBinder<>(ScheduleEvaluations.class);

    ScheduleDialog(EvaluationSchedules schedules, List<PracticeSummary> practices, List<FrameworkSummary> frameworks,
                   Runnable saved) {
        setHeaderTitle(getTranslation("evaluation.schedule.new"));
        practice.setLabel(getTranslation("evaluation.practice"));
        practice.setItems(practices);
        practice.setItemLabelGenerator(PracticeSummary::name);
        practice.setRequired(true);
        practice.setId("schedule-practice");
        practices.stream().findFirst().ifPresent(practice::setValue);
        framework.setLabel(getTranslation("evaluation.framework"));
        framework.setItems(frameworks);
        framework.setItemLabelGenerator(summary -> summary.name() + " (v" + summary.version() + ")");
        framework.setId("schedule-framework");
        cadence.setLabel(getTranslation("evaluation.schedule.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(value -> getTranslation("evaluation.schedule.cadence." + value.name()));
        cadence.setId("schedule-cadence");
        firstPeriodFrom.setLabel(getTranslation("evaluation.schedule.first-period-from"));
        firstPeriodFrom.setHelperText(getTranslation("evaluation.schedule.first-period-from.help"));
        firstPeriodFrom.setId("schedule-first-period-from");
        binder.forField(framework).asRequired(getTranslation("evaluation.required"))
                .withConverter((@Nullable FrameworkSummary chosen) -> chosen == null ? null : chosen.id(),
                        (@Nullable FrameworkId id) -> frameworks.stream().filter(summary -> summary.id().equals(id))
                                .findFirst().orElse(null))
                .bind("framework");
        binder.forField(cadence).asRequired(getTranslation("evaluation.required")).bind("cadence");
        binder.forField(firstPeriodFrom).asRequired(getTranslation("evaluation.required")).bind("firstPeriodFrom");
        LocalDate today = LocalDate.now();
        binder.readRecord(new ScheduleEvaluations(frameworks.isEmpty() ? null : frameworks.getFirst().id(),
                Cadence.HALF_YEARLY, today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7)));

        var form = new FormLayout(practice, framework, cadence, firstPeriodFrom);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(practice, 2);
        form.setColspan(framework, 2);
        add(form);
        var save = new Button(getTranslation("evaluation.schedule.save"), event -> {
            if (practice.isEmpty()) {
                practice.setErrorMessage(getTranslation("evaluation.required"));
                practice.setInvalid(true);
            }
            ScheduleEvaluations command;
            try {
                command = binder.writeRecord();
            } catch (ValidationException e) {
                return;
            }
            if (practice.isEmpty()) {
                return;
            }
            try {
                schedules.set(practice.getValue().id(), command);
                saved.run();
                close();
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> {
                    var field = "practice".equals(error.field()) ? practice : framework;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-schedule");
        getFooter().add(new Button(getTranslation("common.cancel"), event -> close()), save);
        setWidth("min(40em, 100vw)");
    }
}
