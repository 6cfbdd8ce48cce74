package org.inclusio.shared.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Bucket4j buckets by hashed key, for the throttles (sign-in, public feedback intake): in this JVM (one node), or in
 * PostgreSQL when replicas must share them. A bucket that is full again remembers nothing and may be dropped.
 */
public sealed interface ThrottleBuckets permits ThrottleBuckets.InMemory, ThrottleBuckets.InPostgreSql {

    /** Where the buckets live: {@code memory} (one node) or {@code postgresql} (shared by replicas). */
    enum Store { MEMORY, POSTGRESQL }

    /**
     * @param table the PostgreSQL table of this throttle (columns {@code id bigint}, {@code state bytea},
     *              {@code expires_at bigint}); unused in memory
     */
    static ThrottleBuckets in(Store store, String table, Supplier<DataSource> dataSource, TimeMeter time) {
        return switch (store) {
            case MEMORY -> new InMemory(time);
            case POSTGRESQL -> new InPostgreSql(dataSource.get(), table, time);
        };
    }

    /** The bucket of this key, created full with this limit when there is none. */
    Bucket bucket(long key, Bandwidth limit);

    /** The bucket of this key if one is kept; nothing is created. */
    Optional<Bucket> existing(long key);

    void forget(long key);

    /** Drops the buckets that are full again. */
    void removeExpired();

    /** Bucket4j's time from the application's clock, so that tests can move it. */
    static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    final class InMemory implements ThrottleBuckets {

        private record Entry(Bucket bucket, long capacity) {
        }

        private final ConcurrentMap<Long, Entry> buckets = new ConcurrentHashMap<>();
        private final TimeMeter time;

        public InMemory(TimeMeter time) {
            this.time = time;
        }

        @Override
        public Bucket bucket(long key, Bandwidth limit) {
            return buckets.computeIfAbsent(key, absent -> new Entry(
                    Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build(), limit.getCapacity()))
                    .bucket();
        }

        @Override
        public Optional<Bucket> existing(long key) {
            return Optional.ofNullable(buckets.get(key)).map(Entry::bucket);
        }

        @Override
        public void forget(long key) {
            buckets.remove(key);
        }

        @Override
        public void removeExpired() {
            buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
        }
    }

    /**
     * A table such as {@code sign_in_throttle}: a 64-bit hash as id, Bucket4j's serialised state and when the row may
     * go (the moment its bucket is full again). Rows are locked with {@code SELECT … FOR UPDATE} while a bucket
     * changes.
     */
    final class InPostgreSql implements ThrottleBuckets {

        private static final int REMOVAL_BATCH = 500;

        private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

        public InPostgreSql(DataSource dataSource, String table, TimeMeter time) {
            this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .table(table)
                    .clientClock(time)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ZERO))
                    .build();
        }

        @Override
        public Bucket bucket(long key, Bandwidth limit) {
            return buckets.getProxy(key, () -> BucketConfiguration.builder().addLimit(limit).build());
        }

        @Override
        public Optional<Bucket> existing(long key) {
            return buckets.getProxyConfiguration(key).map(configuration -> buckets.getProxy(key, () -> configuration));
        }

        @Override
        public void forget(long key) {
            buckets.removeProxy(key);
        }

        @Override
        public void removeExpired() {
            int removed;
            do {
                removed = buckets.removeExpired(REMOVAL_BATCH);
            } while (removed == REMOVAL_BATCH);
        }
    }
}
