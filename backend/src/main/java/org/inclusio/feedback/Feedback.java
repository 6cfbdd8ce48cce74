package org.inclusio.feedback;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One piece of feedback as staff triage it.
 *
 * @param acknowledgeBy the organisation's service level: acknowledged by this day
 * @param answerBy      and answered by this day
 * @param overdue       not acknowledged or not answered by its day
 * @param assignee      the member handling it
 * @param notes         internal notes, never shown publicly
 * @param referredTo    the organisation it was referred to
 */
public record Feedback(FeedbackId id, long version, FeedbackChannelId channel, String channelName,
                       IntakeChannel intake, LocalDate receivedOn, String language, FeedbackCategory category,
                       @Nullable Integer satisfaction, Map<String, String> answers, @Nullable String comment,
                       FeedbackStatus status, @Nullable UUID assignee, @Nullable String assigneeName,
                       @Nullable FeedbackType type, @Nullable FeedbackCodeId code, @Nullable String publicReply,
                       @Nullable LocalDate acknowledgedOn, @Nullable LocalDate answeredOn, LocalDate acknowledgeBy,
                       LocalDate answerBy, boolean overdue, @Nullable String referredTo,
                       @Nullable YouSaidWeDidId youSaidWeDid, List<Note> notes) {

    public Feedback {
        answers = Map.copyOf(answers);
        notes = List.copyOf(notes);
    }

    public boolean sensitive() {
        return category == FeedbackCategory.SERIOUS;
    }

    /** An internal note: who wrote it and when. */
    public record Note(String authorName, java.time.Instant writtenAt, String text) {
    }
}
