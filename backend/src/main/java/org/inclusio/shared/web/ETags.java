package org.inclusio.shared.web;

import org.inclusio.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP. A resource's {@code long version} is its strong entity tag {@code "<version>"},
 * sent as {@code ETag} with every GET, POST and PUT answer. An update names the version it started from in
 * {@code If-Match}: without one the API answers 428 Precondition Required, with another than the stored one
 * 412 Precondition Failed. Strong comparison, as RFC 9110 prescribes for {@code If-Match}: a weak tag
 * ({@code W/"3"}), a list or {@code *} never matches a version.
 * <pre>{@code
 * @GetMapping("/api/v1/things/{id}")
 * ResponseEntity<Thing> get(@PathVariable UUID id) {
 *     Thing thing = things.get(new ThingId(id));
 *     return ETags.ok(thing, thing.version());
 * }
 *
 * @PutMapping("/api/v1/things/{id}")
 * ResponseEntity<Thing> update(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
 *                              @Nullable String ifMatch, @Valid @RequestBody ChangeThing change) {
 *     Thing thing = things.update(new ThingId(id), ETags.expectedVersion(ifMatch), change);
 *     return ETags.ok(thing, thing.version());
 * }
 * }</pre>
 */
public final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(0|[1-9][0-9]{0,18})\"");

    private ETags() {
    }

    /** {@code "<version>"}, quotes included. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(URI location, T body, long version) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(of(version)).body(body);
    }

    /**
     * The version an update starts from, read from its {@code If-Match} header; pass it to the service, which throws
     * {@link StaleVersionException} when it is not the stored one.
     *
     * @throws PreconditionRequiredException without {@code If-Match} (428)
     * @throws StaleVersionException for a tag that can match no version (412)
     */
    public static long expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        var matcher = STRONG_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new StaleVersionException();
        }
        try {
            return Long.parseLong(matcher.group(1));
        } catch (NumberFormatException tooLarge) {
            throw new StaleVersionException();
        }
    }
}
