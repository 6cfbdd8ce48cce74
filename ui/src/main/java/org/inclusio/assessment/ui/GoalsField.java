package org.inclusio.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.assessment.GoalEntry;
import org.inclusio.assessment.GoalStatus;
import org.inclusio.assessment.NeedDomain;

import java.util.ArrayList;
import java.util.List;

/** The integration plan agreed with the person: goals with their domain, target date and status; rows come and go. */
class GoalsField extends CustomField<List<GoalEntry>> {

    private record Row(Div layout, TextField goal, Select<NeedDomain> domain, DatePicker target,
                       Select<GoalStatus> status) {
    }

    private final List<NeedDomain> domains;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    GoalsField(List<NeedDomain> domains) {
        this.domains = domains;
        list.addClassName("goals");
        var add = new Button(getTranslation("assessment.goal.add"), VaadinIcon.PLUS.create(), event -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-goal");
        add(list, add);
    }

    private void addRow(GoalEntry entry) {
        var goal = new TextField();
        goal.setMaxLength(500);
        goal.setPlaceholder(getTranslation("assessment.goal"));
        goal.setAriaLabel(getTranslation("assessment.goal"));
        goal.addClassName("goal-text");
        var domain = new Select<NeedDomain>();
        domain.setItems(domains);
        domain.setEmptySelectionAllowed(true);
        domain.setItemLabelGenerator(value -> value == null ? "—" : getTranslation("assessment.domain." + value.code()));
        domain.setAriaLabel(getTranslation("assessment.domain"));
        var target = new DatePicker();
        target.setPlaceholder(getTranslation("assessment.goal.target"));
        target.setAriaLabel(getTranslation("assessment.goal.target"));
        var status = new Select<GoalStatus>();
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("assessment.goal.status." + value.name()));
        status.setAriaLabel(getTranslation("assessment.goal.status"));
        status.setValue(GoalStatus.AGREED);
        var layout = new Div();
        var row = new Row(layout, goal, domain, target, status);
        var remove = new Button(VaadinIcon.TRASH.create(), event -> {
            rows.remove(row);
            list.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("assessment.goal.remove"));
        goal.addValueChangeListener(event -> updateValue());
        domain.addValueChangeListener(event -> updateValue());
        target.addValueChangeListener(event -> updateValue());
        status.addValueChangeListener(event -> updateValue());
        layout.add(goal, domain, target, status, remove);
        layout.addClassName("goal-row");
        if (entry != null) {
            goal.setValue(entry.goal());
            domains.stream().filter(candidate -> candidate.id().equals(entry.domain())).findFirst()
                    .ifPresent(domain::setValue);
            target.setValue(entry.targetDate());
            status.setValue(entry.status());
        }
        rows.add(row);
        list.add(layout);
    }

    @Override
    protected List<GoalEntry> generateModelValue() {
        return rows.stream().filter(row -> !row.goal().getValue().isBlank())
                .map(row -> new GoalEntry(row.goal().getValue(), row.domain().getValue() == null ? null
                        : row.domain().getValue().id(), row.target().getValue(),
                        row.status().getValue() == null ? GoalStatus.AGREED : row.status().getValue()))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<GoalEntry> goals) {
        rows.clear();
        list.removeAll();
        if (goals != null) {
            goals.forEach(this::addRow);
        }
    }
}
