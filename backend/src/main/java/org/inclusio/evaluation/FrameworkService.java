package org.inclusio.evaluation;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The frameworks an organisation evaluates its practices against: those shipped with Inclusio and its own. */
public interface FrameworkService {

    /** Shipped frameworks first, then the organisation's own; each by key and version. */
    @PreAuthorize(EvaluationRoles.READ_FRAMEWORKS)
    List<FrameworkSummary> list();

    @PreAuthorize(EvaluationRoles.READ_FRAMEWORKS)
    Framework get(FrameworkId id);

    /**
     * Stores the organisation's own framework: a new one, or the next version of its own framework it is based on.
     * Refused with the field at fault when a title or text is empty, a code repeats or nothing is left to rate.
     */
    @PreAuthorize(EvaluationRoles.DEFINE_FRAMEWORKS)
    Framework define(@Valid DefineFramework command);
}
