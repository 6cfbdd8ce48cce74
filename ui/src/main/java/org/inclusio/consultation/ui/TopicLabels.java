package org.inclusio.consultation.ui;

import com.vaadin.flow.component.Component;
import org.inclusio.consultation.Topic;

import java.util.Set;

/**
 * Topics in the reader's language. Every organisation starts with the seeded codes, which have message keys
 * {@code topic.<CODE>}; a code an organisation adds later is shown as it is until it gets a translation.
 */
final class TopicLabels {

    static final Set<String> SEEDED = Set.of("RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "EDUCATION",
            "LANGUAGE_LEARNING", "HOUSING", "HEALTH", "MENTAL_HEALTH", "SOCIAL_BENEFITS", "FAMILY_AND_CHILDCARE",
            "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION", "DISCRIMINATION", "OTHER");

    private TopicLabels() {
    }

    static String label(Component component, Topic topic) {
        return SEEDED.contains(topic.code()) ? component.getTranslation("topic." + topic.code()) : topic.code();
    }
}
