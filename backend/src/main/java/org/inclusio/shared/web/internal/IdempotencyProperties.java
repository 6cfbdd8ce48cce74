package org.inclusio.shared.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/**}.
 *
 * @param retention how long an answer is kept for retries
 * @param abandonedAfter after how long a request still marked as running is taken for dead (the server stopped
 *                       while it ran), so that a retry may run it again instead of getting 409 until expiry
 * @param maxBodySize the largest request body accepted with a key (it is read whole to compare retries)
 */
@ConfigurationProperties("inclusio.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention,
                             @DefaultValue("5m") Duration abandonedAfter,
                             @DefaultValue("10MB") DataSize maxBodySize) {
}
