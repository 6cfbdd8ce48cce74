package org.inclusio.feedback;

import java.util.List;

/**
 * What the public form needs to know about a channel; nothing about any person or submission.
 *
 * @param acknowledgeDays the organisation's promise: feedback is acknowledged within so many days
 * @param answerDays      and answered within so many days
 */
public record PublicChannel(String publicToken, String organisationName, String organisationSlug,
                            List<String> languages, List<Question> questions, boolean open, int acknowledgeDays,
                            int answerDays) {

    public PublicChannel {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
    }
}
