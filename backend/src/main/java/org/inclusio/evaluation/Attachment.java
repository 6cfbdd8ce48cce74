package org.inclusio.evaluation;

/** A file attached to a guiding question of an evaluation, as it is listed (without its content). */
public record Attachment(AttachmentId id, String question, String fileName, String mediaType, int size) {
}
