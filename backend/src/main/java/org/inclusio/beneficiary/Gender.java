package org.inclusio.beneficiary;

/** As the person states it; also the rows of a group session's anonymous headcount. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY_OR_OTHER,
    NOT_STATED
}
