package org.inclusio;

import org.inclusio.audit.AuditAction;
import org.inclusio.identity.InvitationStatus;
import org.inclusio.identity.MemberStatus;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
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
            "(?:getTranslation|title\\s*=)\\s*\\(?\\s*\"([a-z][\\w.-]*[\\w-])\"");

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

    /** Keys built as prefix + constant name, e.g. {@code "role." + role.name()}. */
    @Test
    void everyEnumShownInTheUiHasItsKeys() throws IOException {
        Map<String, Class<? extends Enum<?>>> prefixes = Map.of(
                "role.", Role.class,
                "audit.action.", AuditAction.class,
                "members.status.", MemberStatus.class,
                "members.invitation.status.", InvitationStatus.class,
                "organisations.status.", OrganisationStatus.class,
                "organisations.type.", OrganisationType.class);
        Set<String> keys = load(BUNDLES[0]).stringPropertyNames();
        prefixes.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .forEach(constant -> assertThat(keys).contains(prefix + constant.name())));
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
