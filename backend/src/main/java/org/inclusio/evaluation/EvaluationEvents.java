package org.inclusio.evaluation;

import org.inclusio.tenant.TenantId;

import java.time.LocalDate;

/** What evaluations tell the rest of Inclusio. */
public final class EvaluationEvents {

    private EvaluationEvents() {
    }

    /** A schedule opened the draft evaluation of a period that has ended; the managers are to be told. */
    public record DraftOpened(TenantId organisation, EvaluationId evaluation, String practiceName,
                              LocalDate periodFrom, LocalDate periodTo) {
    }
}
