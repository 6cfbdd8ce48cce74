package org.inclusio.shared.crypto;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Turns {@code --inclusio.encryption.rotate} (a flag without value) into {@code true}, and keeps the rotation
 * command off the network ({@code server.port=-1}): it must not serve, and it must not collide with the running
 * application's port.
 */
class EncryptionRotationEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String ROTATE = "inclusio.encryption.rotate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String rotate = environment.getProperty(ROTATE);
        if (rotate == null || !(rotate.isEmpty() || Boolean.parseBoolean(rotate))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("inclusioEncryptionRotation",
                Map.of(ROTATE, "true", "server.port", "-1")));
    }
}
