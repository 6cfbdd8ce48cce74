package org.inclusio.assessment;

/** Who took part in a participatory assessment, by the group they spoke for. */
public enum ParticipantGroup {
    MIGRANTS,
    PUBLIC_AUTHORITIES,
    NGOS,
    MIGRANT_ASSOCIATIONS,
    EMPLOYERS,
    RESIDENTS
}
