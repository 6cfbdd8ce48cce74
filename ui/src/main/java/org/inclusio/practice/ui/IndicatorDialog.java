package org.inclusio.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.practice.DefineIndicator;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorMetric;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.Objective;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.Practice;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * Defines or corrects an indicator of a practice: what it counts, its target over a period, and whether Inclusio
 * computes it from the records (a metric) or it is measured by hand.
 */
class IndicatorDialog extends Dialog {

    final Select<@Nullable Objective> objective = new Select<>();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final BigDecimalField baseline = new BigDecimalField();
    final BigDecimalField target = new BigDecimalField();
    final DatePicker periodFrom = new DatePicker();
    final DatePicker periodTo = new DatePicker();
    final Select<@Nullable IndicatorMetric> metric = new Select<>();
    final TextField source = new TextField();

    private final IndicatorService indicators;
    private final Practice practice;
    private final @Nullable Indicator editing;
    private final Runnable saved;
    private final BeanValidationBinder<DefineIndicator> binder = new BeanValidationBinder<>(DefineIndicator.class);

    IndicatorDialog(IndicatorService indicators, Practice practice, @Nullable Indicator editing, Runnable saved) {
        this.indicators = indicators;
        this.practice = practice;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "practice.indicator.add" : "practice.indicator.edit"));
        objective.setLabel(getTranslation("practice.objective"));
        objective.setItems(practice.objectives());
        objective.setEmptySelectionAllowed(true);
        objective.setEmptySelectionCaption(getTranslation("practice.objective.whole"));
        objective.setItemLabelGenerator(value -> value == null ? getTranslation("practice.objective.whole")
                : value.text());
        name.setLabel(getTranslation("practice.indicator"));
        name.setMaxLength(300);
        name.setId("indicator-name");
        unit.setLabel(getTranslation("practice.indicator.unit"));
        unit.setHelperText(getTranslation("practice.indicator.unit.help"));
        unit.setMaxLength(100);
        unit.setId("indicator-unit");
        baseline.setLabel(getTranslation("practice.indicator.baseline"));
        target.setLabel(getTranslation("practice.indicator.target"));
        target.setId("indicator-target");
        periodFrom.setLabel(getTranslation("practice.indicator.from"));
        periodTo.setLabel(getTranslation("practice.indicator.to"));
        metric.setLabel(getTranslation("practice.indicator.how"));
        metric.setItems(IndicatorMetric.values());
        metric.setEmptySelectionAllowed(true);
        metric.setEmptySelectionCaption(getTranslation("practice.indicator.by-hand"));
        metric.setItemLabelGenerator(value -> value == null ? getTranslation("practice.indicator.by-hand")
                : getTranslation("practice.metric." + value.name()));
        metric.setId("indicator-metric");
        source.setLabel(getTranslation("practice.indicator.source"));
        source.setMaxLength(500);

        binder.forField(objective).withConverter((@Nullable Objective chosen) -> chosen == null ? null : chosen.id(),
                (@Nullable ObjectiveId id) -> practice.objectives().stream()
                        .filter(candidate -> candidate.id() != null && candidate.id().equals(id)).findFirst()
                        .orElse(null)).bind("objective");
        binder.forField(name).asRequired(getTranslation("practice.required")).bind("name");
        binder.forField(unit).asRequired(getTranslation("practice.required")).bind("unit");
        binder.forField(target).asRequired(getTranslation("practice.required")).bind("target");
        binder.forField(periodFrom).asRequired(getTranslation("practice.required")).bind("periodFrom");
        binder.forField(periodTo).asRequired(getTranslation("practice.required")).bind("periodTo");
        binder.forField(source).withNullRepresentation("").bind("source");
        binder.bindInstanceFields(this);
        binder.readRecord(editing == null
                ? new DefineIndicator(practice.objectives().isEmpty() ? null : practice.objectives().getFirst().id(),
                "", "", BigDecimal.ZERO, null, practice.startsOn(),
                practice.endsOn() == null ? practice.startsOn().plusYears(1).minusDays(1) : practice.endsOn(), null,
                null)
                : new DefineIndicator(editing.objective(), editing.name(), editing.unit(), editing.baseline(),
                editing.target(), editing.periodFrom(), editing.periodTo(), editing.metric(), editing.source()));

        var form = new FormLayout(objective, name, unit, target, baseline, periodFrom, periodTo, metric, source);
        form.setColspan(objective, 2);
        form.setColspan(name, 2);
        form.setColspan(metric, 2);
        form.setColspan(source, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(form);
        var save = new Button(getTranslation("practice.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-indicator");
        getFooter().add(new Button(getTranslation("common.cancel"), event -> close()));
        if (editing != null) {
            var remove = new Button(getTranslation("practice.indicator.remove"), event -> {
                indicators.remove(practice.id(), editing.id());
                close();
                saved.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(remove);
        }
        getFooter().add(save);
        setWidth("min(40em, 100vw)");
    }

    private void save() {
        DefineIndicator command;
        try {
            command = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            if (editing == null) {
                indicators.define(practice.id(), command);
            } else {
                indicators.update(practice.id(), editing.id(), editing.version(), command);
            }
            close();
            saved.run();
        } catch (InvalidInputException e) {
            FormErrors.show(binder, e);
        } catch (ConstraintViolationException e) {
            FormErrors.show(binder, e);
        }
    }
}
