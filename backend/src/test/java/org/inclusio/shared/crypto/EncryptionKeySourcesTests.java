package org.inclusio.shared.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class EncryptionKeySourcesTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ROW = UUID.randomUUID();

    @TempDir
    Path dataDirectory;

    private final String currentKey = TestKeys.base64Key(32);
    private final String olderKey = TestKeys.base64Key(32);

    @Test
    void theKeyListNamesTheCurrentKeyFirst() {
        var ring = load(new EncryptionProperties(" k2:" + currentKey + " , k1:" + olderKey, null, false));

        assertThat(ring.currentId()).isEqualTo("k2");
        assertThat(ring.ids()).containsExactly("k2", "k1");
        assertThat(Files.exists(dataDirectory.resolve(EncryptionKeySources.GENERATED_FILE_NAME))).isFalse();
    }

    @Test
    void theKeyFileHasOneKeyPerLineTheCurrentFirst() throws Exception {
        Path file = Files.writeString(dataDirectory.resolve("mounted-keys"), """
                # rotated in June
                2026-06=%s

                2026-01=%s
                """.formatted(currentKey, olderKey));

        var ring = load(new EncryptionProperties(null, file, false));

        assertThat(ring.currentId()).isEqualTo("2026-06");
        assertThat(ring.ids()).containsExactly("2026-06", "2026-01");
    }

    @Test
    void theEmbeddedDefaultGeneratesAnOwnerOnlyKeyFileAndReusesIt() throws Exception {
        var properties = new EncryptionProperties(null, null, false);
        var first = new FieldCipher(load(properties));
        Path file = dataDirectory.resolve(EncryptionKeySources.GENERATED_FILE_NAME);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var entries = Files.list(dataDirectory)) {
            assertThat(entries).containsExactly(file);
        }
        SealedValue sealed = first.seal(TENANT, ROW, "kept across restarts");
        var second = new FieldCipher(load(properties));
        assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId()).startsWith("embedded-");
        assertThat(second.openString(TENANT, ROW, sealed)).isEqualTo("kept across restarts");
    }

    @Test
    void theGeneratedKeyFileCreatesAMissingDataDirectoryOwnerOnly() throws Exception {
        Path missing = dataDirectory.resolve("fresh");

        EncryptionKeySources.load(new EncryptionProperties(null, null, false), missing, true);

        assertThat(Files.getPosixFilePermissions(missing)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKey() {
        assertThatThrownBy(() -> EncryptionKeySources.load(
                new EncryptionProperties(null, null, false), dataDirectory, false))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("INCLUSIO_ENCRYPTION_KEYS");
        assertThat(Files.exists(dataDirectory.resolve(EncryptionKeySources.GENERATED_FILE_NAME))).isFalse();
    }

    @Test
    void aKeyOfTheWrongLengthFailsWithoutShowingIt() {
        String shortKey = TestKeys.base64Key(16);

        assertThatThrownBy(() -> load(new EncryptionProperties("k1:" + shortKey, null, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("'k1'").hasMessageContaining("16 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void aKeyThatIsNotBase64FailsWithoutShowingIt() {
        String notBase64 = currentKey.substring(0, 20) + "-_-" + currentKey.substring(23);

        assertThatThrownBy(() -> load(new EncryptionProperties("k1:" + notBase64, null, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("not valid Base64")
                .hasMessageNotContaining(notBase64).hasMessageNotContaining("-_-")
                .hasNoCause();
    }

    @Test
    void anEntryWithoutKeyIdFailsWithoutShowingIt() {
        assertThatThrownBy(() -> load(new EncryptionProperties("k1:" + olderKey + "," + currentKey, null, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("Entry 2 of INCLUSIO_ENCRYPTION_KEYS")
                .hasMessageNotContaining(currentKey).hasMessageNotContaining(olderKey);
    }

    @Test
    void aKeyInPlaceOfTheIdFailsWithoutShowingIt() {
        assertThatThrownBy(() -> load(new EncryptionProperties(currentKey + ":" + olderKey, null, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("invalid key id")
                .hasMessageNotContaining(currentKey).hasMessageNotContaining(olderKey);
    }

    @Test
    void aDuplicateKeyIdFails() {
        assertThatThrownBy(() -> load(new EncryptionProperties("k1:" + currentKey + ",k1:" + olderKey, null,
                false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("repeats key id 'k1'")
                .hasMessageNotContaining(currentKey).hasMessageNotContaining(olderKey);
    }

    @Test
    void bothSourcesAtOnceFail() {
        assertThatThrownBy(() -> load(new EncryptionProperties("k1:" + currentKey,
                dataDirectory.resolve("keys"), false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("set only one");
    }

    @Test
    void anUnreadableOrEmptyKeyFileFails() throws Exception {
        Path missing = dataDirectory.resolve("missing-keys");
        assertThatThrownBy(() -> load(new EncryptionProperties(null, missing, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("Could not read the encryption key file");

        Path onlyComments = Files.writeString(dataDirectory.resolve("empty-keys"), "# nothing yet\n");
        assertThatThrownBy(() -> load(new EncryptionProperties(null, onlyComments, false)))
                .isInstanceOf(EncryptionKeyConfigurationException.class)
                .hasMessageContaining("contains no encryption key");
    }

    @Test
    void theKeyRingPrintsIdsOnly() {
        var ring = load(new EncryptionProperties("k2:" + currentKey + ",k1:" + olderKey, null, false));

        assertThat(ring.toString()).isEqualTo("EncryptionKeyRing[current=k2, ids=[k2, k1]]");
    }

    @Test
    void startUpReportsTheProblemAndTheFixWithoutTheKey() {
        String shortKey = TestKeys.base64Key(31);
        var failure = new BeanCreationException("fieldCipher", "Failed to instantiate",
                catchThrowable(() -> load(new EncryptionProperties("k1:" + shortKey, null, false))));

        var analysis = new EncryptionKeyConfigurationFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("'k1'", "31 bytes").doesNotContain(shortKey);
        assertThat(analysis.getAction()).contains("INCLUSIO_ENCRYPTION_KEYS", "openssl rand -base64 32");
    }

    private EncryptionKeyRing load(EncryptionProperties properties) {
        return EncryptionKeySources.load(properties, dataDirectory, true);
    }
}
