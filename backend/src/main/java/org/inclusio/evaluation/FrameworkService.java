package org.inclusio.evaluation;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The frameworks an organisation evaluates its practices against: those shipped with Inclusio and its own. */
public interface FrameworkService {

    /** Shipped frameworks first, then the organisation's own; each by key and version. */
    @PreAuthorize(EvaluationRoles.READ_FRAMEWORKS)
    List<FrameworkSummary> list();

    @PreAuthorize(EvaluationRoles.READ_FRAMEWORKS)
    Framework get(FrameworkId id);
}
