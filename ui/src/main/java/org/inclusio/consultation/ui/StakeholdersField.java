package org.inclusio.consultation.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.inclusio.consultation.StakeholderCount;
import org.inclusio.consultation.StakeholderType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many people represented each kind of stakeholder (a round table's public authorities, NGOs, …). */
class StakeholdersField extends CustomField<List<StakeholderCount>> {

    private final Map<StakeholderType, IntegerField> counts = new EnumMap<>(StakeholderType.class);

    StakeholdersField() {
        setLabel(getTranslation("consultation.stakeholders"));
        var layout = new FormLayout();
        for (var type : StakeholderType.values()) {
            var field = new IntegerField(getTranslation("stakeholder." + type.name()));
            field.setMin(0);
            field.setPlaceholder("0");
            field.setId("stakeholders-" + type.name());
            field.addValueChangeListener(event -> updateValue());
            counts.put(type, field);
            layout.add(field);
        }
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30em", 4));
        add(layout);
    }

    @Override
    protected List<StakeholderCount> generateModelValue() {
        var present = new ArrayList<StakeholderCount>();
        counts.forEach((type, field) -> {
            int count = ReceivingSocietyField.value(field);
            if (count != 0) {
                present.add(new StakeholderCount(type, count));
            }
        });
        return present;
    }

    @Override
    protected void setPresentationValue(List<StakeholderCount> present) {
        counts.values().forEach(IntegerField::clear);
        if (present != null) {
            present.forEach(count -> ReceivingSocietyField.show(counts.get(count.type()), count.count()));
        }
    }
}
