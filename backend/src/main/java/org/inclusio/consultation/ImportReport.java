package org.inclusio.consultation;

import java.util.List;

/**
 * The result of a CSV import: how many consultations were imported, or, when any row is invalid, none and every
 * problem found, row by row (row 1 is the header, so data rows start at 2).
 */
public record ImportReport(int imported, List<RowError> errors) {

    public record RowError(int row, String field, String message) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
