package org.inclusio.identity;

/** A deactivated member keeps their history but can no longer act in the organisation. */
public enum MemberStatus {
    ACTIVE,
    DEACTIVATED
}
