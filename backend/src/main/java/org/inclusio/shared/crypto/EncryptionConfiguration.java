package org.inclusio.shared.crypto;

import org.inclusio.shared.database.EmbeddedDatabase;
import org.inclusio.shared.database.EmbeddedDatabaseProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

    @Bean
    FieldCipher fieldCipher(EncryptionProperties properties, EmbeddedDatabaseProperties embeddedDefault,
                            Environment environment) {
        return new FieldCipher(EncryptionKeySources.load(properties, embeddedDefault.dataDir(),
                EmbeddedDatabase.isInUse(environment)));
    }

    @Bean
    @ConditionalOnBooleanProperty(EncryptionRotationEnvironmentPostProcessor.ROTATE)
    SealedDataRotationRunner sealedDataRotationRunner(FieldCipher cipher, List<SealedDataRotation> participants,
                                                      ConfigurableApplicationContext context) {
        return new SealedDataRotationRunner(cipher, participants, context);
    }
}
