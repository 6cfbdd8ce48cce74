package org.inclusio.beneficiary.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.inclusio.beneficiary.ResidenceStatus;
import org.inclusio.beneficiary.SpecialCategoryData;
import org.inclusio.beneficiary.Vulnerability;

import java.util.Arrays;

/**
 * The special-category part of a case file (residence status, health- and violence-related markers, notes) as one
 * field. The case file form adds it only when the service gave the reader this part.
 */
class SpecialCategoryField extends CustomField<SpecialCategoryData> {

    private final Select<ResidenceStatus> residenceStatus = new Select<>();
    private final CheckboxGroup<Vulnerability> vulnerabilities = new CheckboxGroup<>();
    private final TextArea notes = new TextArea();

    SpecialCategoryField() {
        setLabel(getTranslation("case-file.special-category"));
        setHelperText(getTranslation("case-file.special-category.hint"));
        residenceStatus.setLabel(getTranslation("case-file.residence-status"));
        residenceStatus.setItems(ResidenceStatus.values());
        residenceStatus.setItemLabelGenerator(status -> getTranslation("residence-status." + status.name()));
        residenceStatus.setId("case-file-residence-status");
        vulnerabilities.setLabel(getTranslation("case-file.sensitive-vulnerabilities"));
        vulnerabilities.setItems(Arrays.stream(Vulnerability.values()).filter(Vulnerability::isSpecialCategory)
                .toList());
        vulnerabilities.setItemLabelGenerator(marker -> getTranslation("vulnerability." + marker.name()));
        vulnerabilities.setId("case-file-sensitive-vulnerabilities");
        notes.setLabel(getTranslation("case-file.sensitive-notes"));
        notes.setMaxLength(4000);
        notes.setId("case-file-sensitive-notes");
        residenceStatus.addValueChangeListener(event -> updateValue());
        vulnerabilities.addValueChangeListener(event -> updateValue());
        notes.addValueChangeListener(event -> updateValue());
        var layout = new FormLayout(residenceStatus, vulnerabilities, notes);
        layout.setColspan(notes, 2);
        add(layout);
        addClassName("special-category");
        setId("case-file-special-category");
    }

    @Override
    protected SpecialCategoryData generateModelValue() {
        return new SpecialCategoryData(residenceStatus.getValue() == null ? ResidenceStatus.NOT_STATED
                : residenceStatus.getValue(), vulnerabilities.getValue(),
                notes.getValue().isBlank() ? null : notes.getValue());
    }

    @Override
    protected void setPresentationValue(SpecialCategoryData value) {
        var shown = value == null ? SpecialCategoryData.NONE : value;
        residenceStatus.setValue(shown.residenceStatus());
        vulnerabilities.setValue(shown.sensitiveVulnerabilities());
        notes.setValue(shown.sensitiveNotes() == null ? "" : shown.sensitiveNotes());
    }
}
