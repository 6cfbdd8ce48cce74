package org.inclusio.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Computes a metric over a practice's records; implemented by the feature that reads the consultations, feedback and
 * assessments (they refer to practices, so practices cannot read them).
 */
public interface IndicatorActuals {

    BigDecimal compute(PracticeId practice, IndicatorMetric metric, LocalDate from, LocalDate to);
}
