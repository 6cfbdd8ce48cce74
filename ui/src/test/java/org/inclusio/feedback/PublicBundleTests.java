package org.inclusio.feedback;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public feedback pages' texts: all twelve languages have every key, none is empty, each keeps the placeholders
 * of the English text, and every key the templates and the page code use is there.
 */
class PublicBundleTests {

    static final List<String> LANGUAGES = List.of("ar", "fa", "uk", "ru", "fr", "es", "tr", "so", "ti", "ps", "cs");
    private static final List<String> TEMPLATES = List.of("form", "thanks", "status", "you-said-we-did", "problem",
            "page");
    private static final Pattern USED_KEY = Pattern.compile("t\\['([^']+)']");

    @Test
    void everyLanguageHasEveryKeyWithTextAndTheSamePlaceholders() throws IOException {
        Properties english = bundle("i18n/feedback.properties");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(60);
        for (String language : LANGUAGES) {
            Properties translated = bundle("i18n/feedback_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(text).as(language + " " + key).isNotBlank();
                assertThat(text.contains("{0}")).as(language + " " + key + " keeps {0}")
                        .isEqualTo(english.getProperty(key).contains("{0}"));
            }
            assertThat(translated.getProperty("submit")).as(language + " is translated, not copied")
                    .isNotEqualTo(english.getProperty("submit"));
        }
    }

    @Test
    void everyKeyThePagesUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String template : TEMPLATES) {
            try (InputStream in = resource("templates/feedback/" + template + ".html")) {
                USED_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results()
                        .forEach(match -> used.add(match.group(1)));
            }
        }
        // keys the page code puts together
        for (FeedbackCategory category : FeedbackCategory.values()) {
            used.add("category." + category.name());
        }
        for (FeedbackStatus status : FeedbackStatus.values()) {
            used.add("status." + status.name());
        }
        for (int rating = 1; rating <= 5; rating++) {
            used.add("satisfaction." + rating);
            used.add("rating." + rating);
        }
        for (String problem : List.of("notfound", "closed", "toolarge", "toomany", "failed")) {
            used.add(problem + ".title");
            used.add(problem + ".text");
        }
        used.addAll(List.of("language.name", "form.heading", "error.proof", "error.refused", "error.category",
                "error.choice", "error.long", "answer.yes", "answer.no", "status.missing", "status.unknown",
                "status.received", "status.referred", "status.replied", "status.noreply", "ysw.heading"));

        assertThat(used).contains("submit", "comment.label", "category.SERIOUS.note", "honeypot.label");
        assertThat(bundle("i18n/feedback.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(PublicBundleTests.class.getClassLoader().getResourceAsStream(name), name);
    }
}
