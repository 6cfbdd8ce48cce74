package org.inclusio;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle has every key, no value is empty, and every key the UI code asks for exists. */
class TranslationBundlesTests {

    private static final String[] BUNDLES = {"translations.properties", "translations_cs.properties"};
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|title\\s*=)\\s*\\(?\\s*\"([a-z][\\w.-]+)\"");

    @Test
    void everyBundleHasTheSameKeysAndNoEmptyValues() throws IOException {
        Properties reference = load(BUNDLES[0]);
        for (String bundle : BUNDLES) {
            Properties translations = load(bundle);
            assertThat(translations.stringPropertyNames())
                    .as("keys of %s", bundle)
                    .containsExactlyInAnyOrderElementsOf(reference.stringPropertyNames());
            translations.forEach((key, value) -> assertThat(value.toString().strip())
                    .as("%s in %s", key, bundle).isNotEmpty());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                KEY_IN_CODE.matcher(Files.readString(source)).results().forEach(match -> used.add(match.group(1)));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load(BUNDLES[0]).stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTests.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
