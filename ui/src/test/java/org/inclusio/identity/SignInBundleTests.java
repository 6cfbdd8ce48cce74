package org.inclusio.identity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page's texts: English and Czech have the same keys, and every key the page uses exists. */
class SignInBundleTests {

    private static final Pattern USED_KEY = Pattern.compile("t\\['([^']+)']");

    @Test
    void englishAndCzechHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("i18n/sign-in.properties");
        Properties czech = bundle("i18n/sign-in_cs.properties");

        assertThat(czech.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties bundle : new Properties[] {english, czech}) {
            bundle.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
        }
    }

    @Test
    void everyKeyThePageUsesIsInTheBundle() throws IOException {
        String template;
        try (InputStream in = resource("templates/sign-in.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        USED_KEY.matcher(template).results().forEach(match -> used.add(match.group(1)));

        assertThat(used).contains("heading", "username", "password", "submit");
        assertThat(bundle("i18n/sign-in.properties").stringPropertyNames()).containsAll(used)
                .contains("error", "locked", "locked.later", "logout");
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(SignInBundleTests.class.getClassLoader().getResourceAsStream(name), name);
    }
}
