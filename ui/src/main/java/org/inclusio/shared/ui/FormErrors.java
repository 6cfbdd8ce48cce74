package org.inclusio.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import org.inclusio.shared.InvalidInputException;

/** Shows a service's field errors next to the fields the binder bound, or as a message when no field matches. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Binder<?> binder, InvalidInputException exception) {
        for (var error : exception.errors()) {
            var binding = binder.getBinding(error.field());
            if (binding.isPresent() && binding.get().getField() instanceof HasValidation field) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                Notification.show(error.message(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
