package org.inclusio.evaluation;

/** Evidence Inclusio computes over a practice and period, shown next to the checklist items it supports. */
public enum EvidenceMetric {
    BENEFICIARIES_SERVED,
    CONSULTATIONS_HELD,
    PARTICIPATORY_CONSULTATIONS,
    QUARTERS_WITH_PARTICIPATORY_CONSULTATION,
    CONSULTATIONS_WITH_COMPENSATION,
    ACCOMMODATIONS_PROVIDED,
    INTERPRETATION_PROVIDED,
    LANGUAGES_SERVED,
    PARTICIPANT_DIVERSITY,
    /** Women among the people served (case files with a stated gender): what the people consulted are compared to. */
    SERVED_DIVERSITY,
    PARTICIPANT_AGE_BANDS,
    RECEIVING_SOCIETY_PARTICIPANTS,
    PEOPLE_TRAINED,
    REFERRALS_MADE,
    PARTNERS,
    FUNDING_SOURCES,
    FEEDBACK_RECEIVED,
    FEEDBACK_SHARE_ANSWERED,
    FEEDBACK_MEDIAN_DAYS_TO_ANSWER,
    OPEN_FEEDBACK_CHANNELS,
    NEEDS_ASSESSMENTS,
    PARTICIPATORY_ASSESSMENTS,
    FINDINGS_ACTED_ON,
    INDICATORS_ON_TRACK,
    INDICATORS_MEASURED;

    /** A share from 0 to 1 rather than a count or days. */
    public boolean isShare() {
        return this == PARTICIPANT_DIVERSITY || this == SERVED_DIVERSITY || this == FEEDBACK_SHARE_ANSWERED;
    }
}
