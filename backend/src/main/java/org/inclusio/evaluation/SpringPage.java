package org.inclusio.evaluation;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What a page in the SPRING layout says about a practice, keyed by the framework's codes: per guiding question the
 * narrative and the "inspiring tools", per checklist item its mark. Items the page does not list are absent.
 *
 * @param unrecognised checklist lines that match no item of the framework, as they were written
 */
public record SpringPage(Map<String, Answer> answers, Map<String, Mark> marks, List<String> unrecognised) {

    /** A checklist item's mark: ✓ met, – or − not met, or listed without a mark. */
    public enum Mark {
        MET, NOT_MET, UNMARKED
    }

    /** What the page says under a guiding question. */
    public record Answer(@Nullable String narrative, List<String> inspiringTools) {

        public Answer {
            inspiringTools = List.copyOf(inspiringTools);
        }
    }

    public SpringPage {
        answers = Map.copyOf(answers);
        marks = Map.copyOf(marks);
        unrecognised = List.copyOf(unrecognised);
    }
}
