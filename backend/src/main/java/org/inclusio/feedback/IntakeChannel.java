package org.inclusio.feedback;

/** How the feedback reached the organisation. */
public enum IntakeChannel {
    ONLINE_FORM,
    API,
    PAPER,
    PHONE,
    IN_PERSON
}
