package org.inclusio.privacy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retentionSchedule when closed case files past the organisation's retention period are anonymised (cron,
 *                          {@code -} turns the schedule off)
 * @param retentionBatchSize how many case files one organisation anonymises per run, so that a first run after a long
 *                           pause does not hold one transaction for hours; the rest follow on the next run
 */
@ConfigurationProperties("inclusio.privacy")
record PrivacyProperties(@DefaultValue("0 30 3 * * *") String retentionSchedule,
                         @DefaultValue("500") int retentionBatchSize) {
}
