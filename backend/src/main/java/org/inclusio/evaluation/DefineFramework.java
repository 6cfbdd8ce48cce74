package org.inclusio.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An organisation's own framework: written from scratch, or a copy of another with items added or removed. Codes of
 * sections, questions and items may be left empty for new ones; the service numbers them. A copy of one of the
 * organisation's own frameworks is stored as that framework's next version, so evaluations of the earlier version
 * keep it as it was.
 *
 * @param basedOn the framework this one starts from, if any
 * @param labels  what the three levels are called; the based-on framework's (or "Criterion", "Guiding question",
 *                "Checklist item") when empty
 */
public record DefineFramework(@NotBlank @Size(max = 200) String name, @Nullable FrameworkId basedOn,
                              @Nullable Labels labels, @NotEmpty @Size(max = 50) List<Section> sections) {

    public record Labels(@Size(max = 60) @Nullable String section, @Size(max = 60) @Nullable String question,
                         @Size(max = 60) @Nullable String item) {
    }
}
