package org.inclusio.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The languages of the public feedback pages ({@code i18n/feedback*.properties}; English is the base bundle) and which
 * one a page is shown in: the one chosen in the address ({@code ?lang=ar}) if the channel offers it, else the
 * browser's {@code Accept-Language}, else the channel's first language. Never a cookie.
 */
@Component
class PublicPagesLanguages {

    /** Every language the pages speak, in the order of the language switch. */
    static final List<String> SUPPORTED = List.of("en", "ar", "fa", "uk", "ru", "fr", "es", "tr", "so", "ti", "ps",
            "cs");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ps");
    /** Dari ({@code prs}) is written like Farsi and shares its texts. */
    private static final Map<String, String> SAME_TEXTS = Map.of("prs", "fa", "fa-af", "fa");
    private static final String BUNDLE = "i18n/feedback";

    /** One language's texts for the templates ({@code t['key']}), its direction and its own name. */
    record Language(String code, boolean rightToLeft, Map<String, String> texts) {

        String dir() {
            return rightToLeft ? "rtl" : "ltr";
        }

        String text(String key) {
            String text = texts.get(key);
            return text != null ? text : key;
        }

        String text(String key, String argument) {
            return text(key).replace("{0}", argument);
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(code))
                    .format(date);
        }
    }

    /** A link of the language switch. */
    record Choice(String code, String name, boolean current) {
    }

    private final Map<String, Language> languages = new HashMap<>();

    PublicPagesLanguages() {
        for (String code : SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(code),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> texts = new LinkedHashMap<>();
            Collections.list(bundle.getKeys()).forEach(key -> texts.put(key, bundle.getString(key)));
            languages.put(code, new Language(code, RIGHT_TO_LEFT.contains(code), Map.copyOf(texts)));
        }
    }

    /** The supported ones among the languages a channel offers, in its order; English if there are none. */
    List<String> offered(List<String> channelLanguages) {
        List<String> offered = channelLanguages.stream().map(PublicPagesLanguages::normalised)
                .filter(SUPPORTED::contains).distinct().toList();
        return offered.isEmpty() ? List.of("en") : offered;
    }

    Language choose(HttpServletRequest request, List<String> offered) {
        String requested = request.getParameter("lang");
        if (requested != null && offered.contains(normalised(requested))) {
            return languages.get(normalised(requested));
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            String candidate = normalised(locale.toLanguageTag());
            if (offered.contains(candidate)) {
                return languages.get(candidate);
            }
        }
        return languages.get(offered.getFirst());
    }

    /** For pages that belong to no channel (a refusal before anything is looked up): any supported language. */
    Language choose(HttpServletRequest request) {
        return choose(request, SUPPORTED);
    }

    List<Choice> switchFor(List<String> offered, Language current) {
        return offered.stream()
                .map(code -> new Choice(code, languages.get(code).text("language.name"), code.equals(current.code())))
                .toList();
    }

    /** Texts of the channel (questions, entries) in this language, or in its first language, or any. */
    static String pick(Map<String, String> texts, String language, List<String> channelLanguages) {
        String text = texts.get(language);
        if (text == null) {
            for (var entry : texts.entrySet()) {
                if (normalised(entry.getKey()).equals(language)) {
                    return entry.getValue();
                }
            }
        }
        if (text == null && !channelLanguages.isEmpty()) {
            text = texts.get(channelLanguages.getFirst());
        }
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }

    static String normalised(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String same = SAME_TEXTS.get(lower);
        if (same != null) {
            return same;
        }
        int dash = lower.indexOf('-');
        String language = dash > 0 ? lower.substring(0, dash) : lower;
        return SAME_TEXTS.getOrDefault(language, language);
    }
}
