package org.inclusio.shared;

import java.util.List;

/**
 * Input that passed the format checks but breaks a rule only the service can check (a duplicate slug, an unknown
 * role). The API answers 400 with the field errors, the UI shows them next to the fields.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
