package org.inclusio.assessment;

/** What a finding of a participatory assessment is about. */
public enum FindingKind {
    NEED,
    SERVICE_GAP,
    BARRIER,
    RECOMMENDATION
}
