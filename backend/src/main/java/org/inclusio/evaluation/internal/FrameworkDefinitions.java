package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.FrameworkDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads definition files (YAML) and stores definitions (JSON). Unknown properties are refused: a typo in a
 * definition file must fail the start, not silently drop a metric.
 */
@Component
class FrameworkDefinitions {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    FrameworkDefinition readYaml(InputStream file) {
        try (file) {
            return yaml.readValue(file, FrameworkDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String toJson(FrameworkDefinition definition) {
        return json.writeValueAsString(definition);
    }

    FrameworkDefinition fromJson(String definition) {
        return json.readValue(definition, FrameworkDefinition.class);
    }
}
