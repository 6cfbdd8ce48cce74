package org.inclusio.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The judgement of an evaluation, as saved from the form: every rating and answer given replaces the stored one; an
 * item or question left out keeps what it had. The service refuses codes the framework does not have.
 */
public record EvaluationContent(@Size(max = 500) List<@NotNull @Valid ItemRating> ratings,
                                @Size(max = 100) List<@NotNull @Valid QuestionAnswer> answers) {

    public EvaluationContent {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
