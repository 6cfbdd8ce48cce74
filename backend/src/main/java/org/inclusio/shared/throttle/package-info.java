/**
 * Rate limits that several features share: {@link org.inclusio.shared.throttle.ThrottleBuckets} keeps Bucket4j buckets
 * by hashed key, in memory or in PostgreSQL.
 */
@NullMarked
package org.inclusio.shared.throttle;

import org.jspecify.annotations.NullMarked;
