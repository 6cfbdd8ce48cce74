package org.inclusio.assessment;

/** The highest education a person completed, as they state it. */
public enum EducationLevel {
    NONE,
    PRIMARY,
    SECONDARY,
    VOCATIONAL,
    TERTIARY,
    NOT_STATED
}
