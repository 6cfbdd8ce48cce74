package org.inclusio.shared.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every API error as {@code application/problem+json}: field errors for bad input, 404 for what does not exist or
 * belongs to another organisation, 403 for what the caller's roles do not allow, and a generic 500 that says nothing
 * about SQL, classes or data. 412 for an update that started from a stale version, 428 for one without
 * {@code If-Match} ({@link ETags}); 503 with {@code Retry-After} when the database is out of reach or overloaded.
 */
@RestControllerAdvice(basePackages = "org.inclusio")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        return invalid(exception.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message())).toList());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException exception) {
        return invalid(exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(fieldOf(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    /** Ours, Spring's and Hibernate's (as JPA's) optimistic-locking failures: someone else changed it first. */
    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class,
            OptimisticLockException.class})
    ProblemDetail stale() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The resource has changed since you read it; read it again and repeat your change.");
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag of the version you are changing.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this in this organisation.");
    }

    /**
     * No database connection within the pool's wait, a query cancelled by its timeout, or the database unreachable:
     * the server is overloaded or the database is down, which passes, so the client is told to retry.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception exception) {
        log.warn("API request refused, the database is unavailable or overloaded: {}", exception.getClass().getName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The service is busy; try again in a few seconds."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected error in an API request", exception);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList()));
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperties(Map.of("errors", errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field)).toList()));
        return problem;
    }

    /** {@code create.command.slug} → {@code slug}: the path of a method-validation violation minus the method. */
    private static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }
}
