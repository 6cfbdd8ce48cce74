package org.inclusio.consultation;

/**
 * A topic a consultation can be about. Every organisation starts with the same seeded codes (residence and documents,
 * employment, …, other); the UI shows each code in the reader's language.
 */
public record Topic(TopicId id, String code, int position) {
}
