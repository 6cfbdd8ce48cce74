package org.inclusio.assessment.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.inclusio.assessment.ParticipantCount;
import org.inclusio.assessment.ParticipantGroup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Who took part, by the group they spoke for: one number per group, empty for none. */
class ParticipantGroupsField extends CustomField<List<ParticipantCount>> {

    private final Map<ParticipantGroup, IntegerField> counts = new EnumMap<>(ParticipantGroup.class);

    ParticipantGroupsField() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("32em", 3));
        for (ParticipantGroup group : ParticipantGroup.values()) {
            var count = new IntegerField(getTranslation("community.group." + group.name()));
            count.setMin(0);
            count.setMax(100_000);
            count.setId("group-" + group.name());
            count.addValueChangeListener(event -> updateValue());
            counts.put(group, count);
            form.add(count);
        }
        add(form);
    }

    @Override
    protected List<ParticipantCount> generateModelValue() {
        var cells = new ArrayList<ParticipantCount>();
        counts.forEach((group, field) -> {
            if (field.getValue() != null && field.getValue() > 0) {
                cells.add(new ParticipantCount(group, field.getValue()));
            }
        });
        return cells;
    }

    @Override
    protected void setPresentationValue(List<ParticipantCount> cells) {
        counts.values().forEach(IntegerField::clear);
        if (cells != null) {
            cells.forEach(cell -> counts.get(cell.group()).setValue(cell.count()));
        }
    }
}
