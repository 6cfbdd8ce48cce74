package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.evaluation.OpenEvaluation;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Map;

/**
 * Opens an evaluation of a practice over a period: against a framework chosen here, or, for a page in the SPRING
 * layout pasted here, against the SPRING criteria with the page's narratives and marks.
 */
class NewEvaluationDialog extends Dialog {

    final ComboBox<PracticeSummary> practice = new ComboBox<>();
    final Select<FrameworkSummary> framework = new Select<>();
    final DatePicker periodFrom = new DatePicker();
    final DatePicker periodTo = new DatePicker();
    final TextArea page = new TextArea();

    NewEvaluationDialog(EvaluationService evaluations, PracticeService practices, FrameworkService frameworks,
                        boolean springPage) {
        setHeaderTitle(getTranslation(springPage ? "evaluation.import" : "evaluation.new"));
        practice.setLabel(getTranslation("evaluation.practice"));
        var choices = practices.choices();
        practice.setItems(choices);
        practice.setItemLabelGenerator(PracticeSummary::name);
        practice.setId("evaluation-practice");
        choices.stream().findFirst().ifPresent(practice::setValue);
        framework.setLabel(getTranslation("evaluation.framework"));
        var available = frameworks.list();
        framework.setItems(available);
        framework.setItemLabelGenerator(summary -> summary.name() + " (v" + summary.version() + ")");
        available.stream().findFirst().ifPresent(framework::setValue);
        framework.setId("evaluation-framework");
        periodFrom.setLabel(getTranslation("evaluation.period-from"));
        periodFrom.setValue(LocalDate.now().minusMonths(6).plusDays(1));
        periodFrom.setId("evaluation-period-from");
        periodTo.setLabel(getTranslation("evaluation.period-to"));
        periodTo.setValue(LocalDate.now());
        periodTo.setId("evaluation-period-to");
        page.setLabel(getTranslation("evaluation.import.page"));
        page.setHelperText(getTranslation("evaluation.import.help"));
        page.setId("evaluation-spring-page");
        page.setMinHeight("12em");
        var form = new FormLayout(practice, periodFrom, periodTo);
        form.setColspan(practice, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        if (springPage) {
            form.add(page);
            form.setColspan(page, 2);
        } else {
            form.addComponentAtIndex(1, framework);
            form.setColspan(framework, 2);
        }
        add(form);
        var open = new Button(getTranslation(springPage ? "evaluation.import.do" : "evaluation.open"), event -> {
            if (!complete(springPage)) {
                return;
            }
            try {
                Evaluation opened = springPage
                        ? evaluations.importSpringPage(practice.getValue().id(), periodFrom.getValue(),
                        periodTo.getValue(), page.getValue())
                        : evaluations.open(new OpenEvaluation(practice.getValue().id(), framework.getValue().id(),
                        periodFrom.getValue(), periodTo.getValue()));
                getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, EvaluationView.parameters(opened.id())));
                close();
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> show(error.field(), error.message()));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-evaluation");
        getFooter().add(new Button(getTranslation("common.cancel"), event -> close()), open);
        setWidth("min(40em, 100vw)");
    }

    /** Marks every required field left empty; true when none is. */
    private boolean complete(boolean springPage) {
        boolean complete = required(practice, practice.isEmpty());
        complete &= required(periodFrom, periodFrom.isEmpty());
        complete &= required(periodTo, periodTo.isEmpty());
        complete &= springPage ? required(page, page.getValue().isBlank()) : required(framework, framework.isEmpty());
        return complete;
    }

    private boolean required(HasValidation field, boolean empty) {
        field.setInvalid(empty);
        if (empty) {
            field.setErrorMessage(getTranslation("evaluation.required"));
        }
        return !empty;
    }

    private void show(String field, String message) {
        Map<String, HasValidation> fields = Map.of("periodTo", periodTo, "practice", practice, "framework",
                framework, "page", page);
        HasValidation input = fields.getOrDefault(field, periodFrom);
        input.setErrorMessage(message);
        input.setInvalid(true);
    }
}
