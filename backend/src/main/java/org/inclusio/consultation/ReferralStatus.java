package org.inclusio.consultation;

import java.util.Set;

/** Where a referral stands. Sent ones are accepted or declined; accepted ones are completed; the rest are final. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    COMPLETED,
    DECLINED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(COMPLETED);
            case COMPLETED, DECLINED -> Set.of();
        };
    }

    public boolean canChangeTo(ReferralStatus status) {
        return next().contains(status);
    }
}
