package org.inclusio.evaluation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation at a glance: per criterion (or key area, dimension) how many applicable items are met, and the
 * handbook's reading of it.
 *
 * @param criteria per section of the framework, named as the framework names it
 * @param overall  the share of applicable rated items met, over all sections; {@code null} with none
 * @param reading  the handbook's reading of the whole
 * @param previous the scorecard of the practice's previous evaluation against the same framework, if any
 */
public record Scorecard(EvaluationId evaluation, List<Criterion> criteria, @Nullable BigDecimal overall,
                        Reading reading, @Nullable Previous previous) {

    /**
     * @param share met over applicable rated items (met, partly met, not met); {@code null} with none
     */
    public record Criterion(String code, String name, int met, int partlyMet, int notMet, int notApplicable,
                            int unrated, @Nullable BigDecimal share) {
    }

    /** The handbook's reading: all met, some not met, none met (or nothing rated yet). */
    public enum Reading {
        FULLY_EMBRACING, IMPROVE, DEEP_REFLECTION_NEEDED, NOT_RATED_YET
    }

    public record Previous(EvaluationId evaluation, java.time.LocalDate periodTo, List<Criterion> criteria,
                           @Nullable BigDecimal overall) {
    }
}
