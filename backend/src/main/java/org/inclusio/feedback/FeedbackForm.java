package org.inclusio.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What a person fills in on a feedback form, online or on paper. Nothing in it may identify them; free text is
 * stored as given and always rendered escaped.
 *
 * @param language     the language the person used (one the channel offers)
 * @param satisfaction overall satisfaction 1 (very unhappy) to 5 (very happy), or not given
 * @param answers      answers to the channel's extra questions by question key: a rating "1"–"5", a choice key,
 *                     "yes"/"no", or short text
 */
public record FeedbackForm(@NotBlank String language, @NotNull FeedbackCategory category,
                           @Nullable @Min(1) @Max(5) Integer satisfaction,
                           @Size(max = 20) Map<String, @Size(max = 500) String> answers,
                           @Nullable @Size(max = FeedbackForm.MAX_COMMENT) String comment) {

    public static final int MAX_COMMENT = 4000;

    public FeedbackForm {
        answers = Map.copyOf(answers);
    }
}
