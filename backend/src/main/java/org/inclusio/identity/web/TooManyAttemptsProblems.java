package org.inclusio.identity.web;

import org.inclusio.identity.TooManyAttemptsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code 429 Too Many Requests} with {@code Retry-After} for a throttled password check. Ordered first because the
 * exception is also an invalid input, which the general handler would answer with 400.
 */
@RestControllerAdvice(basePackages = "org.inclusio")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyAttemptsProblems {

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException exception) {
        long minutes = TooManyAttemptsException.minutes(exception.retryAfter());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(TooManyAttemptsException.seconds(exception.retryAfter())))
                .body(problem);
    }
}
