package org.inclusio.evaluation;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Files attached to an evaluation's guiding questions as inspiring tools: documents (PDF, office formats, plain text,
 * CSV) and images (PNG, JPEG) of up to 10 MB, whose content must match their kind. A final evaluation's files are
 * locked with it.
 */
public interface EvaluationAttachments {

    int MAX_BYTES = 10 * 1024 * 1024;

    @PreAuthorize(EvaluationRoles.EVALUATE)
    Attachment attach(EvaluationId evaluation, String question, String fileName, byte[] content);

    @PreAuthorize(EvaluationRoles.EVALUATE)
    AttachedFile download(EvaluationId evaluation, AttachmentId attachment);

    @PreAuthorize(EvaluationRoles.EVALUATE)
    void remove(EvaluationId evaluation, AttachmentId attachment);
}
