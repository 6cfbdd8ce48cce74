package org.inclusio.identity;

/** Where an invitation stands. A pending invitation past its expiry is {@link #EXPIRED}. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN
}
