package org.inclusio.evaluation;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A good-practice framework as its definition file says it: sections (criteria, key areas or dimensions) of guiding
 * questions of checklist items. The labels name the levels in the framework's own words ("Criterion", "Guiding
 * question", "Checklist item").
 */
public record FrameworkDefinition(String key, int version, String name, @Nullable String source, String sectionLabel,
                                  String questionLabel, String itemLabel, List<Section> sections) {

    public record Section(String code, String title, List<Question> questions) {
    }

    public record Question(String code, String text, List<Item> items) {
    }

    /**
     * @param metrics the evidence that supports the item; none means it is judged by narrative alone
     * @param rule    how a rating is suggested, if one can be
     */
    public record Item(String code, String text, Set<Applicability> appliesTo, List<EvidenceMetric> metrics,
                       @Nullable RatingRule rule) {

        public Item {
            appliesTo = appliesTo == null || appliesTo.isEmpty() ? Set.of(Applicability.values()) : Set.copyOf(appliesTo);
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
        }
    }

    public FrameworkDefinition {
        sections = List.copyOf(sections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    public Stream<Item> items() {
        return questions().flatMap(question -> question.items().stream());
    }

    public Optional<Section> sectionOf(Question question) {
        return sections.stream().filter(section -> section.questions().contains(question)).findFirst();
    }
}
