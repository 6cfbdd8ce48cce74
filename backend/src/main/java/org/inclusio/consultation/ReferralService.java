package org.inclusio.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Referrals of case files to partners. Caseworkers and managers refer and record the partner's answer; protection
 * focal points read them. A referral needs the person's consent to referrals to partners.
 */
public interface ReferralService {

    String READ = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "', '" + Roles.PROTECTION_FOCAL_POINT
            + "')";
    String WRITE = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "')";

    @PreAuthorize(WRITE)
    Referral create(@Valid CreateReferral command);

    /** SENT → ACCEPTED or DECLINED, ACCEPTED → COMPLETED; anything else is refused. */
    @PreAuthorize(WRITE)
    Referral changeStatus(ReferralId id, long expectedVersion, @NotNull ReferralStatus status);

    @PreAuthorize(READ)
    Referral get(ReferralId id);

    /** Newest first (date sent, then id). */
    @PreAuthorize(READ)
    CursorPage<Referral> list(@NotNull ReferralFilter filter, @Nullable String cursor, @Min(1) @Max(200) int limit);
}
