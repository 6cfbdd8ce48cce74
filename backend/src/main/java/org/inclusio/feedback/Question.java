package org.inclusio.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * An extra question of a channel, beside overall satisfaction, category and comment.
 *
 * @param key     stable within the channel; answers are stored under it
 * @param text    the question by language code, one per language the channel offers
 * @param choices the options of a {@link QuestionKind#SINGLE_CHOICE} question, empty for the other kinds
 */
public record Question(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key, @NotNull QuestionKind kind,
                       @NotEmpty Map<String, @Size(max = 300) String> text, @Size(max = 12) List<@Valid Choice> choices) {

    public Question {
        text = Map.copyOf(text);
        choices = List.copyOf(choices);
    }

    /** One option of a single-choice question. */
    public record Choice(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key,
                         @NotEmpty Map<String, @Size(max = 200) String> text) {

        public Choice {
            text = Map.copyOf(text);
        }
    }
}
