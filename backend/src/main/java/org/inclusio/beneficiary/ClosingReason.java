package org.inclusio.beneficiary;

/** Why a case file was closed. */
public enum ClosingReason {
    GOALS_REACHED,
    REFERRED_ELSEWHERE,
    MOVED_AWAY,
    NO_LONGER_IN_CONTACT,
    PERSON_DECLINED,
    DECEASED,
    OTHER
}
