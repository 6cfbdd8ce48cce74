package org.inclusio.shared.crypto;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The test context gets its field encryption key from the embedded default, without extra configuration. */
@IntegrationTest
class FieldCipherIntegrationTests {

    @Autowired
    FieldCipher cipher;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Test
    void theEmbeddedDefaultSealsWithTheKeyGeneratedInTheDataDirectory() throws Exception {
        Path keyFile = Path.of(environment.getRequiredProperty("inclusio.data-dir"), "encryption-keys");
        UUID tenant = UUID.randomUUID();
        UUID row = UUID.randomUUID();

        SealedValue sealed = cipher.seal(tenant, row, "health marker");

        assertThat(cipher.openString(tenant, row, sealed)).isEqualTo("health marker");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(keyFile)).filteredOn(line -> !line.startsWith("#")).first()
                .asString().startsWith(cipher.currentKeyId() + "=");
    }

    @Test
    void withoutTheRotateFlagTheApplicationServesAndRotatesNothing() {
        assertThat(context.getBeansOfType(SealedDataRotationRunner.class)).isEmpty();
    }
}
