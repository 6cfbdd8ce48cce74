package org.inclusio.assessment.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per domain: the level ("not assessed" leaves the domain out), where the response stands and a short
 * description. Rows wrap on a tablet held upright.
 */
class DomainNeedsField extends CustomField<List<NeedEntry>> {

    private record Row(NeedDomain domain, Select<NeedLevel> level, Select<NeedStatus> status,
                       TextField description) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    DomainNeedsField(List<NeedDomain> domains) {
        var table = new Div();
        table.addClassName("domain-needs");
        for (NeedDomain domain : domains) {
            var name = new Span(getTranslation("assessment.domain." + domain.code()));
            name.addClassName("domain-needs-name");
            var level = new Select<NeedLevel>();
            level.setItems(NeedLevel.values());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("assessment.level.not-assessed"));
            level.setItemLabelGenerator(value -> value == null ? getTranslation("assessment.level.not-assessed")
                    : getTranslation("assessment.level." + value.name()));
            level.setAriaLabel(getTranslation("assessment.level") + ": " + name.getText());
            level.setId("need-level-" + domain.code());
            var status = new Select<NeedStatus>();
            status.setItems(NeedStatus.values());
            status.setItemLabelGenerator(value -> getTranslation("assessment.status." + value.name()));
            status.setAriaLabel(getTranslation("assessment.status") + ": " + name.getText());
            status.setId("need-status-" + domain.code());
            var description = new TextField();
            description.setMaxLength(2_000);
            description.setPlaceholder(getTranslation("assessment.description"));
            description.setAriaLabel(getTranslation("assessment.description") + ": " + name.getText());
            description.setId("need-description-" + domain.code());
            level.addValueChangeListener(event -> {
                enable(event.getValue(), status, description);
                updateValue();
            });
            status.addValueChangeListener(event -> updateValue());
            description.addValueChangeListener(event -> updateValue());
            enable(null, status, description);
            var row = new Div(name, level, status, description);
            row.addClassName("domain-needs-row");
            table.add(row);
            rows.put(domain.id().toString(), new Row(domain, level, status, description));
        }
        add(table);
    }

    private static void enable(NeedLevel level, Select<NeedStatus> status, TextField description) {
        status.setEnabled(level != null && level != NeedLevel.NONE);
        description.setEnabled(level != null);
        if (level != null && status.getValue() == null) {
            status.setValue(level == NeedLevel.NONE ? NeedStatus.MET : NeedStatus.UNADDRESSED);
        }
    }

    @Override
    protected List<NeedEntry> generateModelValue() {
        var needs = new ArrayList<NeedEntry>();
        for (Row row : rows.values()) {
            if (row.level().getValue() != null) {
                needs.add(new NeedEntry(row.domain().id(), row.level().getValue(), row.description().getValue(),
                        row.status().getValue() == null ? NeedStatus.UNADDRESSED : row.status().getValue()));
            }
        }
        return needs;
    }

    @Override
    protected void setPresentationValue(List<NeedEntry> needs) {
        rows.values().forEach(row -> {
            row.level().clear();
            row.status().clear();
            row.description().clear();
        });
        if (needs == null) {
            return;
        }
        for (NeedEntry need : needs) {
            Row row = rows.get(need.domain().toString());
            if (row != null) {
                row.status().setValue(need.status());
                row.level().setValue(need.level());
                row.description().setValue(need.description() == null ? "" : need.description());
            }
        }
    }
}
