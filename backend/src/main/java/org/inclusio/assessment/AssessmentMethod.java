package org.inclusio.assessment;

/** How an individual assessment was made. */
public enum AssessmentMethod {
    INTERVIEW,
    SELF_ASSESSMENT,
    DOCUMENT_REVIEW
}
