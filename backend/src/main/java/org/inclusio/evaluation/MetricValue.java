package org.inclusio.evaluation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * An evidence metric over the practice and period.
 *
 * @param value  the figure: a count, a share (0–1) or days, as the metric says; {@code null} when there is none
 *               (e.g. days to answer with nothing answered)
 * @param of     the whole a count is part of (e.g. 15 feedback submissions of which 12 answered), if any
 * @param detail what the figure is made of, for the evidence panel (e.g. "12 of 15 answered")
 */
public record MetricValue(EvidenceMetric metric, @Nullable BigDecimal value, @Nullable BigDecimal of,
                          String detail) {
}
