package org.inclusio;

import org.inclusio.audit.AuditAction;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileRevision;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.beneficiary.ResidenceStatus;
import org.inclusio.beneficiary.Vulnerability;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.PartnerKind;
import org.inclusio.consultation.ReferralStatus;
import org.inclusio.consultation.StakeholderType;
import org.inclusio.consultation.TimelineEntry;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.QuestionKind;
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

    /** MessageFormat reads a lone apostrophe as the start of quoted text: "{0}" after it would show as "{0}". */
    @Test
    void noMessageWithAPlaceholderHasALoneApostrophe() throws IOException {
        for (String bundle : BUNDLES) {
            Properties translations = load(bundle);
            assertThat(translations.stringPropertyNames()).as(bundle).filteredOn(key -> {
                String text = translations.getProperty(key);
                return text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'");
            }).isEmpty();
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
        Map<String, Class<? extends Enum<?>>> prefixes = Map.ofEntries(
                Map.entry("role.", Role.class),
                Map.entry("audit.action.", AuditAction.class),
                Map.entry("members.status.", MemberStatus.class),
                Map.entry("members.invitation.status.", InvitationStatus.class),
                Map.entry("organisations.status.", OrganisationStatus.class),
                Map.entry("organisations.type.", OrganisationType.class),
                Map.entry("gender.", Gender.class),
                Map.entry("age-band.", AgeBand.class),
                Map.entry("consent.", ConsentPurpose.class),
                Map.entry("case-file.status.", CaseFileStatus.class),
                Map.entry("closing-reason.", ClosingReason.class),
                Map.entry("residence-status.", ResidenceStatus.class),
                Map.entry("vulnerability.", Vulnerability.class),
                Map.entry("revision.kind.", CaseFileRevision.Kind.class),
                Map.entry("consultation-type.", ConsultationType.class),
                Map.entry("consultation-purpose.", ConsultationPurpose.class),
                Map.entry("channel.", Channel.class),
                Map.entry("accommodation.", Accommodation.class),
                Map.entry("stakeholder.", StakeholderType.class),
                Map.entry("referral-status.", ReferralStatus.class),
                Map.entry("referral.mark.", ReferralStatus.class),
                Map.entry("partner-kind.", PartnerKind.class),
                Map.entry("timeline.kind.", TimelineEntry.Kind.class),
                Map.entry("feedback.category.", FeedbackCategory.class),
                Map.entry("feedback.status.", FeedbackStatus.class),
                Map.entry("feedback.type.", FeedbackType.class),
                Map.entry("feedback.intake.", IntakeChannel.class),
                Map.entry("feedback.question.kind.", QuestionKind.class));
        Set<String> keys = load(BUNDLES[0]).stringPropertyNames();
        prefixes.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .forEach(constant -> assertThat(keys).contains(prefix + constant.name())));
    }

    /** The history names changed fields by the command's components; each has a label. */
    @Test
    void everyCaseFileFieldOfTheHistoryHasItsLabel() throws IOException {
        Set<String> keys = load(BUNDLES[0]).stringPropertyNames();
        Arrays.stream(CaseFileDetails.class.getRecordComponents())
                .forEach(component -> assertThat(keys).contains("case-file.field." + component.getName()));
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
