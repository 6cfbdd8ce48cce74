package org.inclusio.consultation;

/** Why the consultation took place. Every purpose but service delivery consults people on the service itself. */
public enum ConsultationPurpose {
    SERVICE_DELIVERY(false),
    NEEDS_ASSESSMENT(true),
    CO_DESIGN(true),
    MONITORING_FEEDBACK(true),
    EVALUATION(true);

    private final boolean participatory;

    ConsultationPurpose(boolean participatory) {
        this.participatory = participatory;
    }

    /** Evidence for the good-practice criteria: beneficiaries were consulted on the design or evaluation of the service. */
    public boolean isParticipatory() {
        return participatory;
    }
}
