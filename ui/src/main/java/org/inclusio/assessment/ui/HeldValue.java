package org.inclusio.assessment.ui;

import com.vaadin.flow.component.customfield.CustomField;

/**
 * A value a form carries without showing it (the case file an assessment is about), bound like a field: a
 * {@code ReadOnlyHasValue} refuses the required indicator that bean validation sets for a {@code @NotNull} property.
 */
class HeldValue<T> extends CustomField<T> {

    private T held;

    @Override
    protected T generateModelValue() {
        return held;
    }

    @Override
    protected void setPresentationValue(T value) {
        held = value;
    }
}
