package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

/** Which referrals a list shows; {@code null} fields do not filter. */
public record ReferralFilter(@Nullable ReferralStatus status, @Nullable CaseFileId caseFile,
                             @Nullable PartnerId partner) {

    public static final ReferralFilter NONE = new ReferralFilter(null, null, null);
}
