package org.inclusio.assessment.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.inclusio.assessment.Capacities;
import org.inclusio.assessment.EducationLevel;
import org.inclusio.shared.ui.IsoCodes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** What the person brings: education, languages, work experience, qualifications to have recognised. */
class CapacitiesField extends CustomField<Capacities> {

    private final Select<EducationLevel> education = new Select<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextArea workExperience = new TextArea();
    private final TextArea qualifications = new TextArea();

    CapacitiesField(Locale locale) {
        education.setLabel(getTranslation("assessment.capacities.education"));
        education.setItems(EducationLevel.values());
        education.setItemLabelGenerator(value -> getTranslation("assessment.education." + value.name()));
        education.setId("capacities-education");
        languages.setLabel(getTranslation("assessment.capacities.languages"));
        IsoCodes.languages(languages, locale);
        languages.setId("capacities-languages");
        workExperience.setLabel(getTranslation("assessment.capacities.work"));
        workExperience.setMaxLength(2_000);
        workExperience.setId("capacities-work");
        qualifications.setLabel(getTranslation("assessment.capacities.qualifications"));
        qualifications.setMaxLength(2_000);
        qualifications.setId("capacities-qualifications");
        education.addValueChangeListener(event -> updateValue());
        languages.addValueChangeListener(event -> updateValue());
        workExperience.addValueChangeListener(event -> updateValue());
        qualifications.addValueChangeListener(event -> updateValue());
        var form = new FormLayout(education, languages, workExperience, qualifications);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
    }

    @Override
    protected Capacities generateModelValue() {
        return new Capacities(education.getValue(), List.copyOf(languages.getValue()), workExperience.getValue(),
                qualifications.getValue());
    }

    @Override
    protected void setPresentationValue(Capacities capacities) {
        var value = capacities == null ? Capacities.NONE : capacities;
        education.setValue(value.educationLevel());
        languages.setValue(new LinkedHashSet<>(value.languages()));
        workExperience.setValue(value.workExperience() == null ? "" : value.workExperience());
        qualifications.setValue(value.qualificationsToRecognise() == null ? "" : value.qualificationsToRecognise());
    }
}
