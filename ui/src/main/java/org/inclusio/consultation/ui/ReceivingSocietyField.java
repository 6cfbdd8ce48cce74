package org.inclusio.consultation.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.inclusio.consultation.ReceivingSocietyCounts;
import org.jspecify.annotations.Nullable;

/** Participants from the receiving society at a group consultation: local residents, civil servants, volunteers. */
class ReceivingSocietyField extends CustomField<ReceivingSocietyCounts> {

    private final IntegerField localResidents = count("consultation.local-residents", "receiving-local-residents");
    private final IntegerField civilServants = count("consultation.civil-servants", "receiving-civil-servants");
    private final IntegerField volunteers = count("consultation.volunteers", "receiving-volunteers");

    ReceivingSocietyField() {
        setLabel(getTranslation("consultation.receiving-society"));
        var layout = new FormLayout(localResidents, civilServants, volunteers);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        add(layout);
    }

    private IntegerField count(String labelKey, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setPlaceholder("0");
        field.setId(id);
        field.addValueChangeListener(event -> updateValue());
        return field;
    }

    @Override
    protected ReceivingSocietyCounts generateModelValue() {
        return new ReceivingSocietyCounts(value(localResidents), value(civilServants), value(volunteers));
    }

    @Override
    protected void setPresentationValue(ReceivingSocietyCounts counts) {
        var shown = counts == null ? ReceivingSocietyCounts.NONE : counts;
        show(localResidents, shown.localResidents());
        show(civilServants, shown.civilServants());
        show(volunteers, shown.volunteers());
    }

    static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** An empty field for none, so that the placeholder "0" shows. */
    static void show(IntegerField field, @Nullable Integer value) {
        field.setValue(value == null || value == 0 ? null : value);
    }
}
