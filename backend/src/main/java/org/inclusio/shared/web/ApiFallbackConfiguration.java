package org.inclusio.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Map;

/**
 * {@code /api/**} never reaches the staff UI. Vaadin maps {@code /**} just before Spring's static resources, so
 * without this an API path no controller knows answers {@code 200} with the UI's page shell, and an integration with
 * a typo believes it succeeded. A mapping ordered just before Vaadin's sends every unmatched API path to
 * {@link UnmatchedApiPath}, whose 404 is an ordinary {@link ApiProblems} answer. Wrong methods (405) and media types
 * (415, 406) that Spring finds before any controller is chosen are handed to {@link ApiProblems} the same way, so
 * every API error is {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallbackConfiguration {

    private static final String API = "/api/**";
    /** Vaadin's root mapping is {@code LOWEST_PRECEDENCE - 1}. */
    private static final int BEFORE_THE_STAFF_UI = Ordered.LOWEST_PRECEDENCE - 2;

    private final HandlerMethod unmatched;

    ApiFallbackConfiguration() throws NoSuchMethodException {
        this.unmatched = new HandlerMethod(new UnmatchedApiPath(), "answer");
    }

    @Bean
    SimpleUrlHandlerMapping unmatchedApiPathMapping() {
        return new SimpleUrlHandlerMapping(Map.of(API, unmatched), BEFORE_THE_STAFF_UI);
    }

    @Bean
    HandlerExceptionResolver apiMappingProblems(
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> spring) {
        return new ApiMappingProblems(spring, unmatched);
    }

    /** The handler of every API path that no controller maps. */
    static final class UnmatchedApiPath {

        public void answer() {
            throw new NotFoundException("API endpoint");
        }
    }

    /**
     * A 405, 415 or 406 raised while Spring looks for a controller has no handler yet, and {@link ApiProblems} only
     * answers for Inclusio's handlers; for API paths, resolve it as if {@link UnmatchedApiPath} had raised it.
     */
    private record ApiMappingProblems(ObjectProvider<HandlerExceptionResolver> spring, HandlerMethod unmatched)
            implements HandlerExceptionResolver, Ordered {

        private static final PathPattern API_PATHS = PathPatternParser.defaultInstance.parse(API);
        private static final UrlPathHelper PATHS = new UrlPathHelper();

        @Override
        public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                       @Nullable Object handler, Exception exception) {
            if (handler != null
                    || !API_PATHS.matches(PathContainer.parsePath(PATHS.getPathWithinApplication(request)))) {
                return null;
            }
            return spring.getObject().resolveException(request, response, unmatched, exception);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
