package org.inclusio.evaluation;

/** How a rating is suggested for an item from its evidence; a person confirms or changes it. */
public enum RatingRule {
    /** An open feedback channel in the period, most feedback answered, answers within weeks. */
    FEEDBACK_MECHANISM,
    /** Participatory consultations in every quarter of the period. */
    REGULAR_CONSULTATION,
    /** Individual and participatory needs assessments in the period. */
    NEEDS_IDENTIFIED,
    /** Indicators with measurements against their targets. */
    MONITORING_AGAINST_TARGETS,
    /** Participants of consultations compensated. */
    COMPENSATION,
    /** The people consulted are as diverse as the people served. */
    REPRESENTATIVENESS,
    /** Funding from more than one kind of source. */
    DIVERSE_FUNDING,
    /** Partners recorded for the practice. */
    PARTNERSHIPS
}
