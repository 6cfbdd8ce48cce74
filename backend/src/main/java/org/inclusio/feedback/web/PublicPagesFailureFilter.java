package org.inclusio.feedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps every failure on {@code /f/**} and {@code /o/**} on a friendly page of the public pages: an error status sent
 * by Spring (415, 405, …) or an exception while a page renders would otherwise go to the servlet container's error
 * page, which belongs to the staff UI (and its sign-in and session). Logged without anything about the request.
 */
class PublicPagesFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicPagesFailureFilter.class);

    private final PublicPagesRenderer pages;

    PublicPagesFailureFilter(PublicPagesRenderer pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var errors = new ErrorStatus(response);
        try {
            chain.doFilter(request, errors);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            log.error("A public feedback page failed", failure);
            errors.status = HttpStatus.INTERNAL_SERVER_ERROR.value();
        }
        if (errors.status != 0 && !response.isCommitted()) {
            HttpStatus status = HttpStatus.resolve(errors.status);
            response.resetBuffer();
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            pages.renderProblem(request, response, status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    /** Holds back an error status instead of sending the container's error page. */
    private static final class ErrorStatus extends HttpServletResponseWrapper {

        private int status;

        ErrorStatus(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            this.status = status;
        }

        @Override
        public void sendError(int status, String message) {
            this.status = status;
        }
    }
}
