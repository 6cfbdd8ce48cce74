package org.inclusio.feedback;

/** The kinds of extra question a channel may ask. */
public enum QuestionKind {
    RATING,
    SINGLE_CHOICE,
    YES_NO,
    SHORT_TEXT
}
