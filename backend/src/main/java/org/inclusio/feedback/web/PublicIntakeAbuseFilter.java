package org.inclusio.feedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.feedback.web.AltchaChallenges.Proof;
import org.inclusio.shared.web.ReadBodyRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards every anonymous submission ({@code POST /f/{token}} and {@code POST /api/v1/public/**}) and receipt code
 * lookup ({@code POST /f/{token}/status}, {@code GET /api/v1/public/feedback/status/…}) before anything reads it: a body over the size limit is refused (413), then the
 * rate limits of {@link PublicIntakeThrottle} apply (429 with {@code Retry-After}): global, per channel, and stricter
 * per channel for submissions without a valid ALTCHA proof. The proof comes in the form field {@code altcha} or the
 * API's {@code Altcha} header; a refused proof (wrong, expired, replayed) is answered 400 on the API (unless the
 * request carries an {@code Idempotency-Key}: a collector's retry of a request whose answer is kept, taken as
 * without proof), and the form comes back asking to send again. Refusals on {@code /f/**} are friendly pages in the person's language, on the API
 * {@code application/problem+json}. Nothing here looks at the client's address.
 */
class PublicIntakeAbuseFilter extends OncePerRequestFilter {

    /** The request attribute telling the form what its proof turned out to be. */
    static final String PROOF = PublicIntakeAbuseFilter.class.getName() + ".proof";
    static final String FORM_PROOF_FIELD = "altcha";
    static final String API_PROOF_HEADER = "Altcha";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern FORM = Pattern.compile("/f/([^/]+)(/status)?");
    private static final Pattern API = Pattern.compile("/api/v1/public/feedback/([^/]+)");
    private static final String API_STATUS = "/api/v1/public/feedback/status/";

    private final PublicIntakeThrottle throttle;
    private final AltchaChallenges altcha;
    private final PublicPagesRenderer pages;
    private final long maxBody;

    PublicIntakeAbuseFilter(PublicIntakeThrottle throttle, AltchaChallenges altcha, PublicPagesRenderer pages,
                            FeedbackAbuseProperties properties) {
        this.throttle = throttle;
        this.altcha = altcha;
        this.pages = pages;
        this.maxBody = properties.maxBody().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return HttpMethod.POST.matches(request.getMethod())
                ? !(path.startsWith("/f/") || path.startsWith("/api/v1/public/"))
                : !(HttpMethod.GET.matches(request.getMethod()) && path.startsWith(API_STATUS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean api = path.startsWith("/api/");
        long length = request.getContentLengthLong();
        boolean post = HttpMethod.POST.matches(request.getMethod());
        // a browser always declares a form's length; only the API reads an undeclared one, up to the limit
        if (post && (length > maxBody || (length < 0 && !api))) {
            refuse(request, response, api, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
            return;
        }
        if (post && length < 0) {
            byte[] body = request.getInputStream().readNBytes((int) maxBody + 1);
            if (body.length > maxBody) {
                refuse(request, response, true, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
                return;
            }
            request = new ReadBodyRequest(request, body);
        }
        Matcher form = FORM.matcher(path);
        Matcher submission = api ? API.matcher(path) : form;
        boolean statusLookup = api ? path.startsWith(API_STATUS) : form.matches() && form.group(2) != null;
        Optional<Duration> wait;
        Proof proof = Proof.NONE;
        if (submission.matches() && !statusLookup) {
            proof = altcha.verify(api ? request.getHeader(API_PROOF_HEADER) : request.getParameter(FORM_PROOF_FIELD));
            wait = throttle.admit(submission.group(1), proof == Proof.VALID);
        } else {
            wait = throttle.admitAnyChannel();
        }
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            refuse(request, response, api, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many submissions right now; try again after Retry-After seconds.");
            return;
        }
        if (proof == Proof.REFUSED && api && request.getHeader(IDEMPOTENCY_KEY) == null) {
            refuse(request, response, true, HttpStatus.BAD_REQUEST,
                    "The Altcha proof of work is not valid: solve a new challenge, or send none.");
            return;
        }
        request.setAttribute(PROOF, proof);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, HttpStatus status,
                        String detail) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (api) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                    .formatted(status.getReasonPhrase(), status.value(), detail));
        } else {
            pages.renderProblem(request, response, status);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
