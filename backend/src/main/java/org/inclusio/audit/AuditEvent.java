package org.inclusio.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an audit log.
 *
 * @param organisation for platform entries, the organisation concerned, if any
 */
public record AuditEvent(UUID id, Instant occurredAt, String actor, AuditAction action,
                         @Nullable String targetType, @Nullable UUID targetId, @Nullable String details,
                         @Nullable UUID organisation) {
}
