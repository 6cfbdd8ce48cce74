package org.inclusio.assessment;

/** What keeps a person from the services they need (handbook key area 1: be aware of access barriers). */
public enum Barrier {
    LANGUAGE,
    DOCUMENTS,
    COST,
    DISCRIMINATION,
    LACK_OF_INFORMATION,
    CHILDCARE,
    TRANSPORT,
    DIGITAL_ACCESS,
    OPENING_HOURS,
    OTHER
}
