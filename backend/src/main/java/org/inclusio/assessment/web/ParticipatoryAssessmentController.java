package org.inclusio.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.assessment.ParticipatoryAssessment;
import org.inclusio.assessment.ParticipatoryAssessmentId;
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.assessment.ParticipatoryAssessmentSummary;
import org.inclusio.assessment.RecordParticipatoryAssessment;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/participatory-assessments")
@Tag(name = "needs assessments")
class ParticipatoryAssessmentController {

    private static final String BASE = "/api/v1/participatory-assessments/";

    private final ParticipatoryAssessmentService assessments;

    ParticipatoryAssessmentController(ParticipatoryAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @Operation(summary = "Participatory assessments, newest period first; the next page with ?cursor=<nextCursor>")
    CursorPage<ParticipatoryAssessmentSummary> list(@RequestParam(required = false) @Nullable String cursor,
                                                    @RequestParam(defaultValue = "50") int limit) {
        return assessments.list(cursor, limit);
    }

    @GetMapping("/{id}")
    ResponseEntity<ParticipatoryAssessment> get(@PathVariable UUID id) {
        var assessment = assessments.get(new ParticipatoryAssessmentId(id));
        return ETags.ok(assessment, assessment.version());
    }

    @PostMapping
    @Operation(summary = "Record a participatory assessment; 201 with it, its id and version (ETag)")
    ResponseEntity<ParticipatoryAssessment> record(@Valid @RequestBody RecordParticipatoryAssessment command) {
        var assessment = assessments.record(command);
        return ETags.created(URI.create(BASE + assessment.id()), assessment, assessment.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a participatory assessment; If-Match with its ETag is required (412 when stale)")
    ResponseEntity<ParticipatoryAssessment> update(@PathVariable UUID id,
                                                   @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                           required = false) @Nullable String ifMatch,
                                                   @Valid @RequestBody RecordParticipatoryAssessment changes) {
        var assessment = assessments.update(new ParticipatoryAssessmentId(id), ETags.expectedVersion(ifMatch),
                changes);
        return ETags.ok(assessment, assessment.version());
    }
}
