package org.inclusio.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.assessment.ActionTaken;
import org.inclusio.assessment.Finding;
import org.inclusio.assessment.FindingKind;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of a participatory assessment, each with the action taken once the service changed because of it:
 * what changed and when. Rows come and go.
 */
class FindingsField extends CustomField<List<Finding>> {

    private record Row(Div layout, Select<FindingKind> kind, Select<NeedDomain> domain, Select<Priority> priority,
                       TextArea text, TextField action, DatePicker actionOn) {
    }

    private final List<NeedDomain> domains;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    FindingsField(List<NeedDomain> domains) {
        this.domains = domains;
        list.addClassName("findings");
        var add = new Button(getTranslation("community.finding.add"), VaadinIcon.PLUS.create(), event -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-finding");
        add(list, add);
    }

    private void addRow(Finding finding) {
        var kind = new Select<FindingKind>();
        kind.setLabel(getTranslation("community.finding.kind"));
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("community.finding.kind." + value.name()));
        kind.setValue(FindingKind.NEED);
        var domain = new Select<NeedDomain>();
        domain.setLabel(getTranslation("assessment.domain"));
        domain.setItems(domains);
        domain.setEmptySelectionAllowed(true);
        domain.setItemLabelGenerator(value -> value == null ? "—" : getTranslation("assessment.domain." + value.code()));
        var priority = new Select<Priority>();
        priority.setLabel(getTranslation("community.finding.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(value -> getTranslation("community.priority." + value.name()));
        priority.setValue(Priority.MEDIUM);
        var text = new TextArea(getTranslation("community.finding.text"));
        text.setMaxLength(2_000);
        text.setWidthFull();
        var action = new TextField(getTranslation("community.finding.action"));
        action.setMaxLength(2_000);
        action.setHelperText(getTranslation("community.finding.action.hint"));
        var actionOn = new DatePicker(getTranslation("community.finding.action-on"));
        actionOn.setMax(LocalDate.now());
        var layout = new Div();
        var row = new Row(layout, kind, domain, priority, text, action, actionOn);
        var remove = new Button(VaadinIcon.TRASH.create(), event -> {
            rows.remove(row);
            list.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("community.finding.remove"));
        kind.addValueChangeListener(event -> updateValue());
        domain.addValueChangeListener(event -> updateValue());
        priority.addValueChangeListener(event -> updateValue());
        text.addValueChangeListener(event -> updateValue());
        action.addValueChangeListener(event -> updateValue());
        actionOn.addValueChangeListener(event -> updateValue());
        layout.add(kind, domain, priority, remove, text, action, actionOn);
        layout.addClassName("finding-row");
        if (finding != null) {
            kind.setValue(finding.kind());
            domains.stream().filter(candidate -> candidate.id().equals(finding.domain())).findFirst()
                    .ifPresent(domain::setValue);
            priority.setValue(finding.priority());
            text.setValue(finding.text());
            if (finding.action() != null) {
                action.setValue(finding.action().whatChanged());
                actionOn.setValue(finding.action().changedOn());
            }
        }
        rows.add(row);
        list.add(layout);
    }

    @Override
    protected List<Finding> generateModelValue() {
        return rows.stream().filter(row -> !row.text().getValue().isBlank())
                .map(row -> new Finding(row.kind().getValue(), row.domain().getValue() == null ? null
                        : row.domain().getValue().id(), null, row.priority().getValue(), row.text().getValue(),
                        row.action().getValue().isBlank() ? null
                                : new ActionTaken(row.action().getValue(), row.actionOn().getValue())))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<Finding> findings) {
        rows.clear();
        list.removeAll();
        if (findings != null) {
            findings.forEach(this::addRow);
        }
    }
}
