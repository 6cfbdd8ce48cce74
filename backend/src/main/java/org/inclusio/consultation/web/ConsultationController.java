package org.inclusio.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.Consultation;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.ImportReport;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.TopicId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "consultations")
class ConsultationController {

    private static final String BASE = "/api/v1/consultations/";

    private final ConsultationService consultations;

    ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    @Operation(summary = "Consultations, newest first, filtered; the next page with ?cursor=<nextCursor>")
    CursorPage<ConsultationSummary> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable ConsultationType type,
            @RequestParam(required = false) @Nullable ConsultationPurpose purpose,
            @RequestParam(required = false) @Nullable UUID topic,
            @RequestParam(required = false) @Nullable UUID caseFile,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable UUID practiceId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return consultations.list(new ConsultationFilter(from, to, type, purpose,
                topic == null ? null : new TopicId(topic), caseFile == null ? null : new CaseFileId(caseFile),
                language, channel, practiceId), cursor, limit);
    }

    @GetMapping("/{id}")
    ResponseEntity<Consultation> get(@PathVariable UUID id) {
        var consultation = consultations.get(new ConsultationId(id));
        return ETags.ok(consultation, consultation.version());
    }

    @PostMapping
    @Operation(summary = "Log a consultation; 201 with the consultation, its id and version (ETag)")
    ResponseEntity<Consultation> log(@Valid @RequestBody LogConsultation command) {
        var consultation = consultations.log(command);
        return ETags.created(URI.create(BASE + consultation.id()), consultation, consultation.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a consultation; If-Match with its ETag is required (412 when stale)")
    ResponseEntity<Consultation> update(@PathVariable UUID id,
                                        @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                required = false) @Nullable String ifMatch,
                                        @Valid @RequestBody LogConsultation changes) {
        var consultation = consultations.update(new ConsultationId(id), ETags.expectedVersion(ifMatch), changes);
        return ETags.ok(consultation, consultation.version());
    }

    /**
     * All rows or none: 200 with {@code {"imported": n, "errors": []}}, or 422 with every problem of every row and
     * nothing imported.
     */
    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import consultations from CSV (UTF-8, header row); nothing is imported when a row is invalid")
    ResponseEntity<?> importCsv(@RequestBody String csv) {
        ImportReport report = consultations.importCsv(csv);
        if (report.succeeded()) {
            return ResponseEntity.ok(report);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Nothing was imported: some rows are invalid.");
        problem.setProperties(Map.of("imported", 0, "errors", report.errors()));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
