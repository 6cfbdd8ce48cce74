package org.inclusio.shared.crypto;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EncryptionRotationEnvironmentPostProcessorTests {

    @Test
    void theRotateFlagWithoutValueTurnsOnRotationWithoutAnHttpPort() {
        var environment = environmentWith("--inclusio.encryption.rotate", "--server.port=8080");

        assertThat(environment.getProperty("inclusio.encryption.rotate", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.port")).isEqualTo("-1");
    }

    @Test
    void rotateTrueAlsoTurnsItOn() {
        assertThat(environmentWith("--inclusio.encryption.rotate=true").getProperty("server.port")).isEqualTo("-1");
    }

    @Test
    void withoutTheFlagOrWithFalseTheApplicationServes() {
        assertThat(environmentWith("--server.port=8080").getProperty("server.port")).isEqualTo("8080");
        assertThat(environmentWith("--inclusio.encryption.rotate=false", "--server.port=8080")
                .getProperty("server.port")).isEqualTo("8080");
    }

    private static StandardEnvironment environmentWith(String... arguments) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments));
        new EncryptionRotationEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
