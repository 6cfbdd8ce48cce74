package org.inclusio.practice;

/**
 * How an indicator is computed from Inclusio's own records over its practice and period. An indicator without a
 * metric is measured by hand.
 */
public enum IndicatorMetric {
    /** Distinct case files the practice's consultations were about or registered as participants. */
    BENEFICIARIES_SERVED,
    /** Consultations of the practice, individual and group. */
    CONSULTATIONS_HELD,
    /** Consultations held to consult people on the service: needs assessment, co-design, monitoring, evaluation. */
    PARTICIPATORY_CONSULTATIONS,
    /** Civil servants and volunteers at the practice's information and group sessions. */
    PEOPLE_TRAINED,
    /** Feedback received through the practice's channels. */
    FEEDBACK_RECEIVED,
    /** Of that feedback, what was answered. */
    FEEDBACK_ANSWERED,
    /** Referrals to partners made from the practice's consultations' case files in the period. */
    REFERRALS_MADE,
    /** Individual needs assessments of the practice. */
    ASSESSMENTS_DONE
}
