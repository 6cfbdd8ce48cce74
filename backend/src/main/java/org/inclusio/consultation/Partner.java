package org.inclusio.consultation;

import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An organisation in the partner directory, which referrals go to.
 *
 * @param organisation set when the partner is itself an organisation working in Inclusio
 */
public record Partner(PartnerId id, long version, String name, PartnerKind kind, @Nullable String email,
                      @Nullable String phone, @Nullable TenantId organisation, Instant createdAt) {
}
