package org.inclusio.feedback;

/** What the person says their feedback is. {@code SERIOUS} ("something serious happened") is sensitive: only protection focal points see it. */
public enum FeedbackCategory {
    COMPLIMENT,
    SUGGESTION,
    COMPLAINT,
    QUESTION,
    SERIOUS
}
