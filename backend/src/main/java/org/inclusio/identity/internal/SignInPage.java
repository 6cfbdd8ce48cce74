package org.inclusio.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.inclusio.identity.TooManyAttemptsException;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The embedded issuer's sign-in page ({@code templates/sign-in.html}, texts in {@code i18n/sign-in*.properties}):
 * English or Czech from {@code ?lang=} or else the browser's {@code Accept-Language}, kept in the address rather than
 * in a cookie. Its messages never say whether an account exists: a wrong password, an unknown or a disabled account
 * all read "The username or password is not correct", and a lock reads the same for every account.
 */
@Controller
@Conditional(EmbeddedIssuerCondition.class)
class SignInPage {

    static final String PATH = "/login";

    private static final List<String> LANGUAGES = List.of("en", "cs");
    private static final String BUNDLE = "i18n/sign-in";

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        Optional<String> chosen = chosenLanguage(request);
        String language = chosen.orElseGet(() -> preferredLanguage(request));
        ResourceBundle bundle = texts(language);
        Map<String, String> texts = Collections.list(bundle.getKeys()).stream()
                .collect(Collectors.toMap(Function.identity(), bundle::getString));
        model.addAttribute("lang", language);
        model.addAttribute("otherLang", language.equals("en") ? "cs" : "en");
        model.addAttribute("t", texts);
        model.addAttribute("action", chosen.map(lang -> PATH + "?lang=" + lang).orElse(PATH));
        if (request.getParameter("error") != null) {
            model.addAttribute("error", request.getParameter("locked") == null ? texts.get("error")
                    : lockedMessage(texts, language, request.getParameter("locked")));
        } else if (request.getParameter("logout") != null) {
            model.addAttribute("info", texts.get("logout"));
        }
        return "sign-in";
    }

    /** A refused sign-in returns to this page with the reason (and the language chosen, if one was). */
    static AuthenticationFailureHandler failureHandler() {
        var redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            String target = exception instanceof PasswordSignIn.SignInLockedException locked
                    ? PATH + "?error&locked=" + TooManyAttemptsException.minutes(locked.retryAfter())
                    : PATH + "?error";
            redirect.sendRedirect(request, response,
                    target + chosenLanguage(request).map(lang -> "&lang=" + lang).orElse(""));
        };
    }

    private static String lockedMessage(Map<String, String> texts, String language, String minutes) {
        try {
            long wait = Long.parseLong(minutes);
            if (wait > 0 && wait <= 24 * 60) {
                return new MessageFormat(texts.get("locked"), Locale.forLanguageTag(language))
                        .format(new Object[] {wait});
            }
        } catch (NumberFormatException notANumber) {
            // a hand-edited address: say it without the number
        }
        return texts.get("locked.later");
    }

    private static Optional<String> chosenLanguage(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("lang")).filter(LANGUAGES::contains);
    }

    private static String preferredLanguage(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(LANGUAGES::contains)
                .findFirst()
                .orElse(LANGUAGES.getFirst());
    }

    /** English is the base bundle; no fallback to the server's own locale. */
    static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
