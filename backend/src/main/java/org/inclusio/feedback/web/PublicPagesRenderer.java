package org.inclusio.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.feedback.web.PublicPagesLanguages.Language;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every public feedback page shares: the style sheet, inlined (one request less on a slow connection) and allowed
 * by its hash in the Content-Security-Policy; the language, its direction and texts; and the friendly pages for what
 * went wrong, also for {@link PublicIntakeAbuseFilter}, which answers before any controller.
 */
@Component
class PublicPagesRenderer {

    static final String SCRIPT_PATH = "/f/static/altcha.js";
    static final String SCRIPT_RESOURCE = "static/f/altcha.js";
    private static final String STYLE_RESOURCE = "static/f/feedback.css";

    /** A friendly page: its status, and its title and text keys. */
    enum Problem {
        NOT_FOUND(HttpStatus.NOT_FOUND, "notfound"),
        CLOSED(HttpStatus.CONFLICT, "closed"),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "toolarge"),
        TOO_MANY(HttpStatus.TOO_MANY_REQUESTS, "toomany"),
        FAILED(HttpStatus.INTERNAL_SERVER_ERROR, "failed");

        final HttpStatus status;
        final String key;

        Problem(HttpStatus status, String key) {
            this.status = status;
            this.key = key;
        }

        static Problem of(HttpStatus status) {
            for (Problem problem : values()) {
                if (problem.status == status) {
                    return problem;
                }
            }
            return FAILED;
        }
    }

    private final String style;
    private final String contentSecurityPolicy;
    private final ITemplateEngine templates;
    private final PublicPagesLanguages languages;

    PublicPagesRenderer(ITemplateEngine templates, PublicPagesLanguages languages) {
        this.style = read(STYLE_RESOURCE).strip();
        this.contentSecurityPolicy = "default-src 'none'; style-src 'sha256-" + sha256(style) + "'; script-src 'self'; "
                + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        this.templates = templates;
        this.languages = languages;
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** The model every page template needs; {@code switchPath} is where the language links lead, or none. */
    void prepare(Model model, Language language, List<String> offered, String switchPath) {
        model.addAllAttributes(common(language));
        model.addAttribute("switchPath", switchPath);
        model.addAttribute("switchLanguages", switchPath.isEmpty() ? List.of() : languages.switchFor(offered, language));
    }

    /** Writes a friendly page for a refusal, in the language the request asks for. */
    void renderProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        Language language = languages.choose(request);
        Problem problem = Problem.of(status);
        var context = new Context(Locale.forLanguageTag(language.code()));
        context.setVariables(common(language));
        context.setVariables(problemModel(problem, language));
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.process("feedback/problem", context, response.getWriter());
    }

    /** The model of {@code feedback/problem}. */
    Map<String, Object> problemModel(Problem problem, Language language) {
        return Map.of("title", language.text(problem.key + ".title"), "message", language.text(problem.key + ".text"));
    }

    private Map<String, Object> common(Language language) {
        return Map.of("lang", language.code(), "dir", language.dir(), "t", language.texts(), "style", style,
                "switchPath", "", "switchLanguages", List.of());
    }

    static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
