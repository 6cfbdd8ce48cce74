package org.inclusio.consultation;

/**
 * What kind of consultation took place. Individual ones are about one or more case files; group ones may link
 * registered participants and also count anonymous ones.
 */
public enum ConsultationType {
    INDIVIDUAL_COUNSELLING(false),
    ACCOMPANIMENT(false),
    INTERPRETATION_MEDIATION(false),
    INFORMATION_SESSION(true),
    GROUP_SESSION(true),
    FOCUS_GROUP(true),
    ROUND_TABLE(true),
    OUTREACH(true);

    private final boolean group;

    ConsultationType(boolean group) {
        this.group = group;
    }

    /** Group types record anonymous headcounts, receiving-society participants and stakeholders; individual ones do not. */
    public boolean isGroup() {
        return group;
    }
}
