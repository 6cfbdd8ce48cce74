package org.inclusio.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.feedback.web.PublicPagesRenderer.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/**
 * What goes wrong on a public page is a friendly page in the person's language, never the API's JSON problem: the
 * status Spring gives (415, 405, …) or 500 for the unexpected, logged without anything about the request.
 */
@ControllerAdvice(assignableTypes = PublicPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPagesProblems {

    private static final Logger log = LoggerFactory.getLogger(PublicPagesProblems.class);

    private final PublicPagesRenderer pages;

    PublicPagesProblems(PublicPagesRenderer pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception exception, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = exception instanceof ErrorResponse known
                ? HttpStatus.resolve(known.getStatusCode().value()) : null;
        if (status == null || status.is5xxServerError()) {
            log.error("A public feedback page failed", exception);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        response.setHeader("Cache-Control", "no-store");
        pages.renderProblem(request, response, status);
    }
}
