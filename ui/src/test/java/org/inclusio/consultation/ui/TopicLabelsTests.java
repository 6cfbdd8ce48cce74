package org.inclusio.consultation.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TopicLabelsTests {

    /** Topics are stored by code; every seeded code is shown in each language of the UI. */
    @Test
    void everySeededTopicHasALabelInEveryBundle() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_cs.properties"}) {
            var translations = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(translations.stringPropertyNames()).as(bundle)
                    .containsAll(TopicLabels.SEEDED.stream().map(code -> "topic." + code).toList());
        }
    }
}
