package org.inclusio.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusio.evaluation.Attachment;
import org.inclusio.evaluation.AttachmentId;
import org.inclusio.evaluation.EvaluationAttachments;
import org.inclusio.evaluation.EvaluationId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@RestController
@Tag(name = "evaluations")
class EvaluationAttachmentController {

    private static final String BASE = "/api/v1/evaluations/{id}/attachments";

    private final EvaluationAttachments attachments;

    EvaluationAttachmentController(EvaluationAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = BASE, consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Attach a file to a guiding question as an inspiring tool: the file is the body,"
            + " ?question=IP1&fileName=guide.pdf; PDF, office documents, text, CSV, PNG or JPEG up to 10 MB whose"
            + " content matches the name; refused once final; 201")
    ResponseEntity<Attachment> attach(@PathVariable UUID id, @RequestParam String question,
                                      @RequestParam String fileName, @RequestBody byte[] content) {
        var attached = attachments.attach(new EvaluationId(id), question, fileName, content);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id + "/attachments/" + attached.id()))
                .body(attached);
    }

    @GetMapping(BASE + "/{attachmentId}")
    @Operation(summary = "Download an attached file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var file = attachments.download(new EvaluationId(id), new AttachmentId(attachmentId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .body(file.content());
    }

    @DeleteMapping(BASE + "/{attachmentId}")
    @Operation(summary = "Remove an attached file; refused once final; 204")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        attachments.remove(new EvaluationId(id), new AttachmentId(attachmentId));
        return ResponseEntity.noContent().build();
    }
}
