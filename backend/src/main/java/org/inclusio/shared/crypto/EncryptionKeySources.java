package org.inclusio.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Builds the key ring from the configured list, a mounted key file, or the key file of the embedded default. */
final class EncryptionKeySources {

    /** The key file the embedded default generates in the data directory, next to the database credentials. */
    static final String GENERATED_FILE_NAME = "encryption-keys";
    static final String KEYS_SOURCE = "INCLUSIO_ENCRYPTION_KEYS (inclusio.encryption.keys)";
    private static final String FILE_HEADER = """
            # Inclusio field encryption keys. One key per line: <key id>=<Base64 of 32 random bytes>.
            # The FIRST key seals new values; the others only open values sealed earlier (see the rotation command).
            """;
    private static final Logger log = LoggerFactory.getLogger(EncryptionKeySources.class);

    private EncryptionKeySources() {
    }

    /**
     * @param dataDirectory    the embedded default's data directory
     * @param embeddedDatabase whether the embedded database is in use: only then may a key be generated, because a
     *                         key generated next to a remote database's client would be lost with the container
     */
    static EncryptionKeyRing load(EncryptionProperties properties, Path dataDirectory, boolean embeddedDatabase) {
        boolean hasKeys = properties.keys() != null && !properties.keys().isBlank();
        if (hasKeys && properties.keyFile() != null) {
            throw new EncryptionKeyConfigurationException("Both INCLUSIO_ENCRYPTION_KEYS and"
                    + " INCLUSIO_ENCRYPTION_KEY_FILE are set; set only one of them");
        }
        if (hasKeys) {
            return EncryptionKeyRing.parse(Arrays.asList(properties.keys().split(",")), ':', KEYS_SOURCE);
        }
        if (properties.keyFile() != null) {
            return fromFile(properties.keyFile());
        }
        if (!embeddedDatabase) {
            throw new EncryptionKeyConfigurationException("No field encryption key is configured for the external"
                    + " database: set INCLUSIO_ENCRYPTION_KEYS (keyId:base64Key) or INCLUSIO_ENCRYPTION_KEY_FILE");
        }
        return loadOrGenerate(dataDirectory.resolve(GENERATED_FILE_NAME));
    }

    static EncryptionKeyRing fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EncryptionKeyConfigurationException("Could not read the encryption key file " + file, e);
        }
        return EncryptionKeyRing.parse(lines.stream()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .toList(), '=', "the encryption key file " + file);
    }

    static EncryptionKeyRing loadOrGenerate(Path file) {
        if (!Files.exists(file)) {
            generate(file);
        }
        return fromFile(file);
    }

    private static void generate(Path file) {
        byte[] key = new byte[EncryptionKeyRing.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String keyId = "embedded-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
        try {
            Path directory = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path temporary = Files.createTempFile(directory, ".encryption-keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary,
                    FILE_HEADER + keyId + "=" + Base64.getEncoder().encodeToString(key) + "\n");
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EncryptionKeyConfigurationException("Could not write the encryption key file " + file, e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        log.info("Generated the field encryption key file {}; back it up together with the database", file);
    }
}
