package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.MetricValue;
import org.inclusio.evaluation.Rating;
import org.inclusio.evaluation.RatingRule;
import org.inclusio.evaluation.Suggestion;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Suggests a rating from the evidence, with the reason in words. The thresholds are the product's reading of the
 * checklists (README, design decisions); a person confirms or changes every suggestion.
 */
final class RatingRules {

    static final BigDecimal ANSWERED_SHARE = new BigDecimal("0.80");
    static final BigDecimal ANSWER_DAYS = BigDecimal.valueOf(14);
    static final BigDecimal WOMEN_AT_LEAST = new BigDecimal("0.30");
    static final BigDecimal WOMEN_AT_MOST = new BigDecimal("0.70");
    static final BigDecimal REPRESENTATIVE_WITHIN = new BigDecimal("0.15");

    private RatingRules() {
    }

    static Suggestion suggest(String item, RatingRule rule, Map<EvidenceMetric, MetricValue> evidence) {
        var rules = new Evidence(evidence);
        return switch (rule) {
            case FEEDBACK_MECHANISM -> feedback(item, rule, rules);
            case REGULAR_CONSULTATION -> {
                long quarters = rules.count(EvidenceMetric.QUARTERS_WITH_PARTICIPATORY_CONSULTATION);
                long inPeriod = rules.of(EvidenceMetric.QUARTERS_WITH_PARTICIPATORY_CONSULTATION);
                yield rated(item, rule, quarters > 0 && quarters == inPeriod, quarters > 0,
                        rules.detail(EvidenceMetric.QUARTERS_WITH_PARTICIPATORY_CONSULTATION)
                                + " (met: every quarter)");
            }
            case NEEDS_IDENTIFIED -> {
                boolean individual = rules.count(EvidenceMetric.NEEDS_ASSESSMENTS) > 0;
                boolean community = rules.count(EvidenceMetric.PARTICIPATORY_ASSESSMENTS) > 0;
                yield rated(item, rule, individual && community, individual || community,
                        rules.detail(EvidenceMetric.NEEDS_ASSESSMENTS) + ", "
                                + rules.detail(EvidenceMetric.PARTICIPATORY_ASSESSMENTS) + " (met: both kinds)");
            }
            case MONITORING_AGAINST_TARGETS -> {
                long measured = rules.count(EvidenceMetric.INDICATORS_MEASURED);
                long indicators = rules.of(EvidenceMetric.INDICATORS_MEASURED);
                yield rated(item, rule, indicators > 0 && measured == indicators, measured > 0,
                        rules.detail(EvidenceMetric.INDICATORS_MEASURED) + ", "
                                + rules.detail(EvidenceMetric.INDICATORS_ON_TRACK) + " (met: every indicator measured"
                                + " against its target)");
            }
            case COMPENSATION -> {
                long compensated = rules.count(EvidenceMetric.CONSULTATIONS_WITH_COMPENSATION);
                long participatory = rules.of(EvidenceMetric.CONSULTATIONS_WITH_COMPENSATION);
                yield rated(item, rule, participatory > 0 && compensated == participatory, compensated > 0,
                        rules.detail(EvidenceMetric.CONSULTATIONS_WITH_COMPENSATION) + " (met: all of them)");
            }
            case REPRESENTATIVENESS -> {
                BigDecimal women = rules.value(EvidenceMetric.PARTICIPANT_DIVERSITY);
                BigDecimal served = rules.value(EvidenceMetric.SERVED_DIVERSITY);
                boolean balanced = women != null && (served != null
                        ? women.subtract(served).abs().compareTo(REPRESENTATIVE_WITHIN) <= 0
                        : women.compareTo(WOMEN_AT_LEAST) >= 0 && women.compareTo(WOMEN_AT_MOST) <= 0);
                yield rated(item, rule, balanced && rules.count(EvidenceMetric.PARTICIPANT_AGE_BANDS) >= 3, women != null,
                        rules.detail(EvidenceMetric.PARTICIPANT_DIVERSITY) + ", "
                                + rules.detail(EvidenceMetric.SERVED_DIVERSITY) + ", "
                                + rules.detail(EvidenceMetric.PARTICIPANT_AGE_BANDS)
                                + (served != null ? " (met: the share of women consulted within 15 points of the share"
                                + " served, and three or more age bands)"
                                : " (met: 30–70 % women and three or more age bands)"));
            }
            case DIVERSE_FUNDING -> {
                long kinds = rules.count(EvidenceMetric.FUNDING_SOURCES);
                yield rated(item, rule, kinds >= 2, kinds > 0, rules.detail(EvidenceMetric.FUNDING_SOURCES)
                        + " (met: two or more kinds)");
            }
            case PARTNERSHIPS -> {
                long partners = rules.count(EvidenceMetric.PARTNERS);
                yield rated(item, rule, partners >= 3, partners > 0, rules.detail(EvidenceMetric.PARTNERS)
                        + " (met: three or more)");
            }
        };
    }

    private static Suggestion feedback(String item, RatingRule rule, Evidence rules) {
        if (rules.count(EvidenceMetric.OPEN_FEEDBACK_CHANNELS) == 0) {
            return new Suggestion(item, Rating.NOT_MET, rule, "no feedback channel for the practice");
        }
        BigDecimal share = rules.value(EvidenceMetric.FEEDBACK_SHARE_ANSWERED);
        BigDecimal days = rules.value(EvidenceMetric.FEEDBACK_MEDIAN_DAYS_TO_ANSWER);
        boolean met = share != null && share.compareTo(ANSWERED_SHARE) >= 0 && days != null
                && days.compareTo(ANSWER_DAYS) <= 0;
        return new Suggestion(item, met ? Rating.MET : Rating.PARTLY_MET, rule,
                rules.detail(EvidenceMetric.OPEN_FEEDBACK_CHANNELS) + ", "
                        + rules.detail(EvidenceMetric.FEEDBACK_SHARE_ANSWERED) + ", "
                        + rules.detail(EvidenceMetric.FEEDBACK_MEDIAN_DAYS_TO_ANSWER)
                        + " (met: at least 80 % answered, within 14 days)");
    }

    private static Suggestion rated(String item, RatingRule rule, boolean met, boolean partly, String reason) {
        return new Suggestion(item, met ? Rating.MET : partly ? Rating.PARTLY_MET : Rating.NOT_MET, rule, reason);
    }

    private record Evidence(Map<EvidenceMetric, MetricValue> values) {

        @Nullable BigDecimal value(EvidenceMetric metric) {
            var value = values.get(metric);
            return value == null ? null : value.value();
        }

        long count(EvidenceMetric metric) {
            BigDecimal value = value(metric);
            return value == null ? 0 : value.longValue();
        }

        long of(EvidenceMetric metric) {
            var value = values.get(metric);
            return value == null || value.of() == null ? 0 : value.of().longValue();
        }

        String detail(EvidenceMetric metric) {
            var value = values.get(metric);
            return value == null ? "" : value.detail();
        }
    }
}
