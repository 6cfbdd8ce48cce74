package org.inclusio.evaluation;

/** An attached file with its content, to download. */
public record AttachedFile(Attachment attachment, byte[] content) {
}
