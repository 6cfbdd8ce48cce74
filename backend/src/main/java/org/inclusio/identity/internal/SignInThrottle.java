package org.inclusio.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.inclusio.identity.internal.IdentityProperties.Limit;
import org.inclusio.shared.throttle.ThrottleBuckets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows down guessing of passwords and client secrets. Every failure counts three times: for the account at this
 * client address, for the account from anywhere and for the address whatever the account. Once a count reaches its
 * limit's allowance the key is locked for the first lock, and each further failure doubles the lock up to the
 * maximum; failures are forgotten one at a time, and a correct secret forgets the account's failures at once.
 *
 * <p>Each key has two Bucket4j buckets: one whose missing tokens are the remembered failures (refilled one token per
 * "forget" interval), and one of a single token refilled per second that a lock overdraws by the lock's seconds, so
 * that the wait for the token is the rest of the lock. Keys are hashed before they reach a bucket store.
 */
@Component
class SignInThrottle {

    enum Scope { ACCOUNT_AT_ADDRESS, ACCOUNT, ADDRESS }

    /** Somebody trying a secret: a person's username or a machine client's id, from a client address. */
    record Attempt(String account, String address) {

        static Attempt person(String username, String address) {
            return new Attempt("person:" + username, addressKey(address));
        }

        /** A person in the request being served, e.g. checking their current password. */
        static Attempt personInThisRequest(String username) {
            return person(username, RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                    servlet ? servlet.getRequest().getRemoteAddr() : "unknown");
        }

        static Attempt client(String clientId, String address) {
            return new Attempt("client:" + clientId, addressKey(address));
        }

        private String subject(Scope scope) {
            return switch (scope) {
                case ACCOUNT_AT_ADDRESS -> account.length() + ":" + account + address;
                case ACCOUNT -> account;
                case ADDRESS -> address;
            };
        }
    }

    /**
     * A lock that a failure started.
     *
     * @param failures the failures remembered for the scope's key
     * @param first whether this is the first lock since those failures began
     */
    record Lock(Scope scope, Duration duration, long failures, boolean first) {
    }

    /**
     * What one failure did.
     *
     * @param firstOfBurst whether the account had no failure remembered before this one
     * @param locks the locks it started
     */
    record Failure(boolean firstOfBurst, List<Lock> locks) {

        Optional<Duration> retryAfter() {
            return locks.stream().map(Lock::duration).max(Comparator.naturalOrder());
        }
    }

    private static final Bandwidth LOCK = Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofSeconds(1))
            .build();
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final Map<Scope, Limit> limits = new EnumMap<>(Scope.class);
    private final ThrottleBuckets buckets;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge;

    SignInThrottle(IdentityProperties properties, ObjectProvider<DataSource> dataSource, Clock clock) {
        var throttle = properties.throttle();
        limits.put(Scope.ACCOUNT_AT_ADDRESS, throttle.accountAtAddress());
        limits.put(Scope.ACCOUNT, throttle.account());
        limits.put(Scope.ADDRESS, throttle.address());
        this.buckets = ThrottleBuckets.in(throttle.store(), "sign_in_throttle", dataSource::getObject,
                ThrottleBuckets.timeOf(clock));
        this.clock = clock;
        this.lastPurge = new AtomicReference<>(clock.instant());
    }

    /** How long this attempt must still wait, if any of its keys is locked. */
    Optional<Duration> lockedFor(Attempt attempt) {
        return Arrays.stream(Scope.values())
                .flatMap(scope -> buckets.existing(key("lock", scope, attempt)).stream())
                .map(lock -> lock.estimateAbilityToConsume(1))
                .filter(estimate -> !estimate.canBeConsumed())
                .map(estimate -> Duration.ofNanos(estimate.getNanosToWaitForRefill()))
                .max(Comparator.naturalOrder());
    }

    Failure failed(Attempt attempt) {
        purgeNowAndThen();
        boolean firstOfBurst = false;
        List<Lock> locks = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Limit limit = limits.get(scope);
            long capacity = limit.allowance() + doublings(limit);
            Bucket failures = buckets.bucket(key("failures", scope, attempt), Bandwidth.builder()
                    .capacity(capacity).refillGreedy(1, limit.forgetOneEvery()).build());
            long remembered = capacity - failures.tryConsumeAndReturnRemaining(1).getRemainingTokens();
            if (scope == Scope.ACCOUNT) {
                firstOfBurst = remembered == 1;
            }
            if (remembered >= limit.allowance()) {
                Duration lock = lockAfter(limit, remembered - limit.allowance());
                buckets.bucket(key("lock", scope, attempt), LOCK).consumeIgnoringRateLimits(lock.toSeconds());
                locks.add(new Lock(scope, lock, remembered, remembered == limit.allowance()));
            }
        }
        return new Failure(firstOfBurst, locks);
    }

    /** A correct secret: the account's failures are forgotten, here and from everywhere; the address's stay. */
    void succeeded(Attempt attempt) {
        for (Scope scope : List.of(Scope.ACCOUNT_AT_ADDRESS, Scope.ACCOUNT)) {
            buckets.forget(key("failures", scope, attempt));
            buckets.forget(key("lock", scope, attempt));
        }
    }

    /** How often the lock can double before it reaches the maximum. */
    private static long doublings(Limit limit) {
        long doublings = 0;
        while (limit.firstLock().multipliedBy(1L << doublings).compareTo(limit.maximumLock()) < 0) {
            doublings++;
        }
        return doublings;
    }

    private static Duration lockAfter(Limit limit, long doublings) {
        Duration lock = limit.firstLock().multipliedBy(1L << Math.min(doublings, 30));
        return lock.compareTo(limit.maximumLock()) > 0 ? limit.maximumLock() : lock;
    }

    private void purgeNowAndThen() {
        Instant last = lastPurge.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(PURGE_INTERVAL)) && lastPurge.compareAndSet(last, now)) {
            buckets.removeExpired();
        }
    }

    /** The first 64 bits of a SHA-256: neither a username nor an address is kept in a bucket store. */
    private static long key(String bucket, Scope scope, Attempt attempt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (bucket + "/" + scope + "/" + attempt.subject(scope)).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * IPv6 clients get whole /64 networks, so an address counts by its network; an IPv4 address as it is.
     * {@code InetAddress.ofLiteral} parses without any name lookup.
     */
    private static String addressKey(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(address).getAddress();
            return bytes.length == 16 ? "ipv6:" + HexFormat.of().formatHex(bytes, 0, 8) : address;
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
    }
}
