package org.inclusio.consultation.web;

import org.inclusio.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Pattern;

/** Stand-in for the shared ETag helpers until they reach this branch; same methods, same meaning. */
final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private ETags() {
    }

    static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }

    static <T> ResponseEntity<T> created(URI location, T body, long version) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag("\"" + version + "\"").body(body);
    }

    static long expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException("If-Match", "is required");
        }
        var matcher = STRONG_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new OptimisticLockingFailureException("stale");
        }
        return Long.parseLong(matcher.group(1));
    }
}
