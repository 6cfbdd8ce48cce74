package org.inclusio.assessment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * @param reassessmentInterval when a person is due for reassessment after an assessment that names no date
 */
@ConfigurationProperties("inclusio.assessment")
record AssessmentProperties(@DefaultValue("P6M") Period reassessmentInterval) {
}
