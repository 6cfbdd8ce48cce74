package org.inclusio.consultation;

/** How the people were reached. */
public enum Channel {
    IN_PERSON,
    PHONE,
    VIDEO,
    ONLINE_MESSAGE,
    FIELD_OUTREACH
}
