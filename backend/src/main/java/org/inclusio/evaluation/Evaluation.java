package org.inclusio.evaluation;

import org.inclusio.practice.PracticeId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation with its judgement and evidence. For a draft or one in review the evidence is computed now; for a
 * final one it is what it was judged on, frozen.
 *
 * @param corrects    the final evaluation this one corrects, if any
 * @param suggestions the ratings the evidence suggests, for the items with a rule
 * @param participation how the people concerned took part in the evaluation itself
 * @param attachments the files attached to its guiding questions as inspiring tools
 */
public record Evaluation(EvaluationId id, long version, PracticeId practice, String practiceName,
                         FrameworkSummary framework, LocalDate periodFrom, LocalDate periodTo,
                         EvaluationStatus status, @Nullable EvaluationId corrects, List<ItemRating> ratings,
                         List<QuestionAnswer> answers, List<MetricValue> evidence, List<Suggestion> suggestions,
                         ParticipationView participation, List<Attachment> attachments,
                         @Nullable Instant finalisedAt) {
}
