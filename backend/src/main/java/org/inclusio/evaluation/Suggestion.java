package org.inclusio.evaluation;

/**
 * A rating Inclusio suggests from the evidence, and why; a person decides.
 *
 * @param rule   the rule that suggested it, whose threshold a screen words in its own language
 * @param reason the figures and the threshold in English, for the API and the report
 */
public record Suggestion(String item, Rating rating, RatingRule rule, String reason) {
}
