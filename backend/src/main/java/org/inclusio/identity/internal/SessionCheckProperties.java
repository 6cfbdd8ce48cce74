package org.inclusio.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often a staff UI session's actor is checked against the database.
 *
 * @param maxAge how long a verdict on a session's actor may be reused before it is checked again; changes made on
 *               this node take effect at once, changes made on another node (replicas) within this time.
 *               {@code INCLUSIO_SECURITY_SESSION_RECHECK_MAX_AGE}
 */
@ConfigurationProperties("inclusio.security.session-recheck")
record SessionCheckProperties(@DefaultValue("3s") Duration maxAge) {
}
