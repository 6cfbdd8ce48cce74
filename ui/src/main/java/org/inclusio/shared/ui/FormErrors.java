package org.inclusio.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.inclusio.shared.InvalidInputException;

import java.util.Optional;
import java.util.stream.StreamSupport;

/** Shows a service's field errors next to the fields the binder bound, or as a message when no field matches. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Binder<?> binder, InvalidInputException exception) {
        for (var error : exception.errors()) {
            show(binder, error.field(), error.message());
        }
    }

    /**
     * The service's own validation of its command ({@code @Valid} on the method): each violation goes to the field
     * of the command's property it is about ({@code log.command.headcounts[0].count} to {@code headcounts}).
     */
    public static void show(Binder<?> binder, ConstraintViolationException exception) {
        for (var violation : exception.getConstraintViolations()) {
            show(binder, firstProperty(violation.getPropertyPath()), violation.getMessage());
        }
    }

    private static String firstProperty(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY).map(Path.Node::getName).findFirst()
                .orElse("");
    }

    /** A problem inside a list ({@code funding[0].currency}) shows on the field of the whole list. */
    private static void show(Binder<?> binder, String field, String message) {
        var input = fieldOf(binder, field).or(() -> fieldOf(binder, field.split("[\\[.]", 2)[0]));
        if (input.isPresent()) {
            input.get().setErrorMessage(message);
            input.get().setInvalid(true);
        } else {
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Optional<HasValidation> fieldOf(Binder<?> binder, String property) {
        return binder.getBinding(property).map(binding -> binding.getField())
                .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
    }
}
