package org.inclusio.feedback;

/** Where a piece of feedback is in triage: received → acknowledged → in review → answered → closed, or referred to another organisation. */
public enum FeedbackStatus {
    RECEIVED,
    ACKNOWLEDGED,
    IN_REVIEW,
    ANSWERED,
    CLOSED,
    REFERRED
}
