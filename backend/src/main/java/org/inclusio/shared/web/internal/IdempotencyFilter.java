package org.inclusio.shared.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.web.ReadBodyRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/**}. The first request with a key runs and its answer (status, body,
 * content type, {@code Location}, {@code ETag}) is kept for {@link IdempotencyProperties#retention()}; a retry with
 * the same key, method, path and body gets that answer again without running anything. The same key for another
 * request answers 422, a retry while the first still runs 409. Keys belong to one caller in one organisation.
 * Answers 2xx and 4xx are kept (running the request again would give the same); a 5xx or an exception releases the
 * key, so a retry runs again.
 * <p>
 * A plain servlet filter after Spring Security's: it sees only authenticated requests, and the actor's organisation
 * is bound to every transaction of {@link IdempotencyRecords} as to any other.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final String API_PREFIX = "/api/v1/";
    /** Anonymous endpoints keep their own Idempotency-Key records, scoped by what they are about. */
    private static final String PUBLIC_PREFIX = "/api/v1/public/";

    private final IdempotencyRecords records;
    private final IdempotencyProperties properties;

    IdempotencyFilter(IdempotencyRecords records, IdempotencyProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)
                || request.getRequestURI().startsWith(request.getContextPath() + PUBLIC_PREFIX)
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (Collections.list(request.getHeaders(HEADER)).size() != 1 || !VALID_KEY.matcher(key).matches()) {
            invalid(response, "Use 1 to 200 visible ASCII characters, such as a random UUID.");
            return;
        }
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null || actor.tenantId() == null) {
            invalid(response, "Idempotency-Key is honoured for work in an organisation only.");
            return;
        }
        if (isFormOrMultipart(request)) {
            invalid(response, "Idempotency-Key is not supported for form or multipart bodies.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) properties.maxBodySize().toBytes() + 1);
        if (body.length > properties.maxBodySize().toBytes()) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE,
                    "The body is too large for a request with Idempotency-Key.");
            return;
        }
        String query = request.getQueryString();
        var idempotent = IdempotentRequest.of(actor.tenantId(), actor.id(), key, request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query), body);
        switch (records.claim(idempotent)) {
            case IdempotencyRecords.Claim.Granted granted ->
                    run(new ReadBodyRequest(request, body), response, chain, idempotent, granted);
            case IdempotencyRecords.Claim.Answered answered -> replay(response, idempotent, answered.answer());
            case IdempotencyRecords.Claim.Running running -> problem(response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still running; try again when it has finished.");
            case IdempotencyRecords.Claim.OtherRequest other -> problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                     IdempotentRequest idempotent, IdempotencyRecords.Claim.Granted claim)
            throws ServletException, IOException {
        var caching = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, caching);
            if (caching.getStatus() < HttpStatus.INTERNAL_SERVER_ERROR.value()) {
                records.answer(idempotent, claim, new IdempotencyRecords.StoredAnswer(caching.getStatus(),
                        caching.getContentType(), caching.getHeader(HttpHeaders.LOCATION),
                        caching.getHeader(HttpHeaders.ETAG), idempotent.encrypt(caching.getContentAsByteArray())));
                answered = true;
            }
        } finally {
            try {
                if (!answered) {
                    records.release(idempotent, claim);
                }
            } finally {
                caching.copyBodyToResponse();
            }
        }
    }

    private static void replay(HttpServletResponse response, IdempotentRequest idempotent,
                               IdempotencyRecords.StoredAnswer answer) throws IOException {
        byte[] body = idempotent.decrypt(answer.sealedBody());
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean isFormOrMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        MediaType type = MediaType.parseMediaType(contentType);
        return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || MediaType.MULTIPART_FORM_DATA.includes(type);
    }

    private static void invalid(HttpServletResponse response, String message) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request has invalid fields.",\
                "errors":[{"field":"%s","message":"%s"}]}""".formatted(HEADER, message));
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, """
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(status.getReasonPhrase(), status.value(), detail));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String json) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
