package org.inclusio.evaluation;

/** A rating Inclusio suggests from the evidence, and why; a person decides. */
public record Suggestion(String item, Rating rating, String reason) {
}
