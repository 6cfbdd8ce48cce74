package org.inclusio.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** What the evaluation says under a guiding question: its narrative and the inspiring tools (links, documents). */
public record QuestionAnswer(@NotBlank @Size(max = 40) String question,
                             @Nullable @Size(max = 10_000) String narrative,
                             @Size(max = 20) List<@NotBlank @Size(max = 500) String> inspiringTools) {

    public QuestionAnswer {
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
        inspiringTools = inspiringTools == null ? List.of() : inspiringTools.stream().map(String::strip).toList();
    }
}
