package org.inclusio.practice;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * The practice a record belongs to, chosen by name in the forms of other features (consultations, assessments,
 * feedback channels); its value is the practice's id, or {@code null} for none.
 */
public class PracticeField extends CustomField<@Nullable UUID> {

    private final ComboBox<PracticeSummary> choice = new ComboBox<>();
    private final List<PracticeSummary> practices;

    public PracticeField(PracticeService practices) {
        this.practices = practices.choices();
        setLabel(getTranslation("practice.field"));
        choice.setItems(this.practices);
        choice.setItemLabelGenerator(PracticeSummary::name);
        choice.setClearButtonVisible(true);
        choice.setPlaceholder(getTranslation("practice.field.none"));
        choice.setAriaLabel(getTranslation("practice.field"));
        choice.setWidthFull();
        add(choice);
    }

    @Override
    protected @Nullable UUID generateModelValue() {
        return choice.getValue() == null ? null : choice.getValue().id().value();
    }

    @Override
    protected void setPresentationValue(@Nullable UUID practice) {
        choice.setValue(practices.stream().filter(candidate -> candidate.id().value().equals(practice)).findFirst()
                .orElse(null));
    }
}
