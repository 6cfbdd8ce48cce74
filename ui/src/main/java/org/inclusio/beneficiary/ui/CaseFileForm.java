package org.inclusio.beneficiary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.AssignedCaseworker;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.Gender;
import org.inclusio.beneficiary.SpecialCategoryData;
import org.inclusio.beneficiary.Vulnerability;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.IsoCodes;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The fields of {@link CaseFileDetails}, bound to the record by name. The special-category section is there only
 * when the reader may see it: for the other roles it is not hidden, it does not exist.
 */
class CaseFileForm extends FormLayout {

    final TextField displayName = new TextField();
    final TextField fullName = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final IntegerField birthYear = new IntegerField();
    final Select<AgeBand> ageBand = new Select<>();
    final Select<Gender> gender = new Select<>();
    final MultiSelectComboBox<String> nationalities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final ComboBox<String> preferredLanguage = new ComboBox<>();
    final DatePicker arrivalDate = new DatePicker();
    final IntegerField householdSize = new IntegerField();
    final CheckboxGroup<Vulnerability> vulnerabilities = new CheckboxGroup<>();
    final ComboBox<UserAccountId> assignedCaseworker = new ComboBox<>();
    private final BeanValidationBinder<CaseFileDetails> binder = new BeanValidationBinder<>(CaseFileDetails.class);

    CaseFileForm(boolean specialCategory, List<AssignedCaseworker> caseworkers) {
        label(displayName, "case-file.display-name", "case-file-display-name");
        displayName.setHelperText(getTranslation("case-file.display-name.hint"));
        label(fullName, "case-file.full-name", "case-file-full-name");
        label(phone, "case-file.phone", "case-file-phone");
        label(email, "case-file.email", "case-file-email");
        label(birthYear, "case-file.birth-year", "case-file-birth-year");
        label(ageBand, "case-file.age-band", "case-file-age-band");
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(band -> getTranslation("age-band." + band.name()));
        ageBand.setHelperText(getTranslation("case-file.age-band.hint"));
        label(gender, "case-file.gender", "case-file-gender");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(value -> getTranslation("gender." + value.name()));
        label(nationalities, "case-file.nationalities", "case-file-nationalities");
        IsoCodes.countries(nationalities, getLocale());
        label(languages, "case-file.languages", "case-file-languages");
        IsoCodes.languages(languages, getLocale());
        label(preferredLanguage, "case-file.preferred-language", "case-file-preferred-language");
        IsoCodes.languages(preferredLanguage, getLocale());
        label(arrivalDate, "case-file.arrival-date", "case-file-arrival-date");
        label(householdSize, "case-file.household-size", "case-file-household-size");
        label(vulnerabilities, "case-file.vulnerabilities", "case-file-vulnerabilities");
        vulnerabilities.setItems(Arrays.stream(Vulnerability.values()).filter(marker -> !marker.isSpecialCategory())
                .toList());
        vulnerabilities.setItemLabelGenerator(marker -> getTranslation("vulnerability." + marker.name()));
        label(assignedCaseworker, "case-file.caseworker", "case-file-caseworker");
        assignedCaseworker.setItems(caseworkers.stream().map(AssignedCaseworker::id).toList());
        assignedCaseworker.setItemLabelGenerator(id -> caseworkers.stream().filter(c -> c.id().equals(id))
                .findFirst().map(AssignedCaseworker::displayName).orElse(""));
        assignedCaseworker.setClearButtonVisible(true);

        binder.forField(displayName).bind("displayName");
        binder.forField(fullName).withNullRepresentation("").bind("fullName");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(nationalities).withConverter(List::copyOf, LinkedHashSet::new).bind("nationalities");
        binder.forField(languages).withConverter(List::copyOf, LinkedHashSet::new).bind("languages");
        binder.bindInstanceFields(this);
        add(displayName, fullName, phone, email, birthYear, ageBand, gender, householdSize, nationalities, languages,
                preferredLanguage, arrivalDate, assignedCaseworker, vulnerabilities);
        setColspan(vulnerabilities, 2);
        if (specialCategory) {
            var sensitive = new SpecialCategoryField();
            binder.forField(sensitive).bind("specialCategory");
            add(sensitive);
            setColspan(sensitive, 2);
        } else {
            // the record needs every component bound; this one only carries the service's null back
            binder.forField(new ReadOnlyHasValue<SpecialCategoryData>(value -> { })).bind("specialCategory");
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setId("case-file-form");
    }

    void read(CaseFileDetails details) {
        binder.readRecord(details);
    }

    /** The details as typed, or nothing when a field is invalid (the field says why). */
    Optional<CaseFileDetails> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(InvalidInputException errors) {
        FormErrors.show(binder, errors);
    }

    void show(ConstraintViolationException violations) {
        FormErrors.show(binder, violations);
    }

    /** For those who may read but not write case files: every field shown, none editable. */
    void readOnly() {
        binder.setReadOnly(true);
    }

    private <F extends Component & HasLabel> void label(F field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }
}
