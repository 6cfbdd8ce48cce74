package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.ImprovementAction;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.RaiseAction;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.Colleagues.Colleague;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;

/**
 * The improvement actions of an evaluation: those it raised and those of earlier evaluations still open, each with
 * its owner and due date (overdue marked in words), marked done here; and the form to raise one.
 */
class ActionsSection extends Div {

    private final ImprovementActionService actions;
    private final EvaluationId evaluation;
    private final List<String> items;
    private final List<Colleague> members;
    private final Div list = new Div();
    private final DateTimeFormatter dates;

    ActionsSection(ImprovementActionService actions, Colleagues colleagues, EvaluationId evaluation,
                   List<String> items) {
        this.actions = actions;
        this.evaluation = evaluation;
        this.items = items;
        this.members = colleagues.activeWithAnyRole(EnumSet.allOf(Role.class));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        setId("improvement-actions");
        add(new H3(getTranslation("evaluation.actions")), list, form());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var shown = actions.of(evaluation);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("evaluation.actions.none")));
        }
        shown.forEach(action -> list.add(row(action)));
    }

    private Div row(ImprovementAction action) {
        var text = new Span((action.item() == null ? "" : action.item() + " · ") + action.description());
        text.addClassName("evaluation-item-text");
        String state = action.done() != null ? getTranslation("evaluation.actions.done-on", dates.format(action.done()))
                : action.overdue() ? getTranslation("evaluation.actions.overdue", dates.format(action.dueOn()))
                : getTranslation("evaluation.actions.due", dates.format(action.dueOn()));
        var status = new Span(state);
        status.getElement().getThemeList().add(action.done() != null ? "badge success"
                : action.overdue() ? "badge error" : "badge");
        var owner = new Span(action.ownerName());
        var row = new Div(text, new HorizontalLayout(owner, status));
        row.addClassName("evaluation-item");
        if (!action.raisedIn().equals(evaluation)) {
            row.add(new Span(" " + getTranslation("evaluation.actions.carried")));
        }
        if (action.done() == null) {
            var done = new Button(getTranslation("evaluation.actions.mark-done"), event -> {
                actions.update(action.id(), action.version(), new RaiseAction(action.item(), action.description(),
                        action.owner(), action.dueOn(), LocalDate.now()));
                refresh();
            });
            done.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            done.addClassName("mark-action-done");
            row.add(done);
        }
        return row;
    }

    private HorizontalLayout form() {
        var description = new TextField(getTranslation("evaluation.actions.what"));
        description.setMaxLength(1000);
        description.setId("action-description");
        var item = new Select<String>();
        item.setLabel(getTranslation("evaluation.actions.item"));
        item.setItems(items);
        item.setEmptySelectionAllowed(true);
        item.setEmptySelectionCaption("—");
        var owner = new ComboBox<Colleague>(getTranslation("evaluation.actions.owner"));
        owner.setItems(members);
        owner.setItemLabelGenerator(Colleague::displayName);
        owner.setId("action-owner");
        var due = new DatePicker(getTranslation("evaluation.actions.due-on"), LocalDate.now().plusMonths(3));
        due.setId("action-due");
        var raise = new Button(getTranslation("evaluation.actions.raise"), event -> {
            boolean complete = !description.getValue().isBlank() && owner.getValue() != null && due.getValue() != null;
            description.setInvalid(description.getValue().isBlank());
            owner.setInvalid(owner.getValue() == null);
            due.setInvalid(due.getValue() == null);
            if (!complete) {
                description.setErrorMessage(getTranslation("evaluation.required"));
                owner.setErrorMessage(getTranslation("evaluation.required"));
                due.setErrorMessage(getTranslation("evaluation.required"));
                return;
            }
            try {
                actions.raise(evaluation, new RaiseAction(item.getValue(), description.getValue(),
                        owner.getValue().id(), due.getValue(), null));
                description.clear();
                refresh();
            } catch (InvalidInputException e) {
                description.setErrorMessage(e.errors().getFirst().message());
                description.setInvalid(true);
            }
        });
        raise.setId("raise-action");
        var form = new HorizontalLayout(description, item, owner, due, raise);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setFlexGrow(1, description);
        return form;
    }
}
