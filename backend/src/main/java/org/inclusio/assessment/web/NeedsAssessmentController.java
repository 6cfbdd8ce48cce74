package org.inclusio.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentFilter;
import org.inclusio.assessment.NeedsAssessmentId;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.NeedsAssessmentSummary;
import org.inclusio.assessment.NeedsComparison;
import org.inclusio.assessment.ReassessmentDue;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "needs assessments")
class NeedsAssessmentController {

    private static final String BASE = "/api/v1/needs-assessments";

    private final NeedsAssessmentService assessments;

    NeedsAssessmentController(NeedsAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/need-domains")
    @Operation(summary = "The organisation's need domains in display order")
    List<NeedDomain> domains() {
        return assessments.domains();
    }

    @GetMapping(BASE)
    @Operation(summary = "Needs assessments, newest first; ?beneficiaryId= for one case file, the next page with ?cursor=")
    CursorPage<NeedsAssessmentSummary> list(
            @RequestParam(required = false) @Nullable UUID beneficiaryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return assessments.list(new NeedsAssessmentFilter(beneficiaryId == null ? null : new CaseFileId(beneficiaryId),
                from, to), cursor, limit);
    }

    @GetMapping(BASE + "/overdue-reassessments")
    @Operation(summary = "Open case files whose reassessment is due today or earlier, the longest overdue first")
    CursorPage<ReassessmentDue> overdue(@RequestParam(required = false) @Nullable String cursor,
                                        @RequestParam(defaultValue = "50") int limit) {
        return assessments.overdueReassessments(cursor, limit);
    }

    @GetMapping(BASE + "/{id}")
    ResponseEntity<NeedsAssessment> get(@PathVariable UUID id) {
        var assessment = assessments.get(new NeedsAssessmentId(id));
        return ETags.ok(assessment, assessment.version());
    }

    @GetMapping(BASE + "/{id}/comparison")
    @Operation(summary = "The assessment compared domain by domain with the case file's assessment before it")
    NeedsComparison comparison(@PathVariable UUID id) {
        return assessments.comparison(new NeedsAssessmentId(id));
    }

    @PostMapping(BASE)
    @Operation(summary = "Record a needs assessment; 201 with the assessment, its id and version (ETag)")
    ResponseEntity<NeedsAssessment> record(@Valid @RequestBody RecordNeedsAssessment command) {
        var assessment = assessments.record(command);
        return ETags.created(URI.create(BASE + "/" + assessment.id()), assessment, assessment.version());
    }

    @PutMapping(BASE + "/{id}")
    @Operation(summary = "Correct a needs assessment; If-Match with its ETag is required (412 when stale)")
    ResponseEntity<NeedsAssessment> update(@PathVariable UUID id,
                                           @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                   required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody RecordNeedsAssessment changes) {
        var assessment = assessments.update(new NeedsAssessmentId(id), ETags.expectedVersion(ifMatch), changes);
        return ETags.ok(assessment, assessment.version());
    }
}
