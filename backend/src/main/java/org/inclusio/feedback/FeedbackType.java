package org.inclusio.feedback;

/** How staff code a piece of feedback, as the IFRC Feedback Kit (CEA toolkit, tool 15) teaches. */
public enum FeedbackType {
    QUESTION,
    REQUEST,
    COMPLAINT,
    PRAISE,
    SUGGESTION,
    RUMOUR,
    SENSITIVE
}
