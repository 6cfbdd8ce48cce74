package org.inclusio.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationContent;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.EvaluationSummary;
import org.inclusio.evaluation.OpenEvaluation;
import org.inclusio.evaluation.Participation;
import org.inclusio.evaluation.Scorecard;
import org.inclusio.practice.PracticeId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import java.util.UUID;

@RestController
@Tag(name = "evaluations")
class EvaluationController {

    private static final String BASE = "/api/v1/evaluations";

    /** Where an evaluation goes next. */
    record Move(@NotNull EvaluationStatus status) {
    }

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping(BASE)
    @Operation(summary = "Evaluations, latest period first; ?practiceId= for one practice's")
    CursorPage<EvaluationSummary> list(@RequestParam(required = false) @Nullable UUID practiceId,
                                       @RequestParam(required = false) @Nullable String cursor,
                                       @RequestParam(defaultValue = "50") int limit) {
        return evaluations.list(practiceId == null ? null : new PracticeId(practiceId), cursor, limit);
    }

    @PostMapping(BASE)
    @Operation(summary = "Open a draft evaluation of a practice over a period against a framework version")
    ResponseEntity<Evaluation> open(@Valid @RequestBody OpenEvaluation command) {
        return created(evaluations.open(command));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "An evaluation with its ratings, answers, evidence (frozen once final) and suggested ratings")
    ResponseEntity<Evaluation> get(@PathVariable UUID id) {
        var evaluation = evaluations.get(new EvaluationId(id));
        return ETags.ok(evaluation, evaluation.version());
    }

    @PutMapping(BASE + "/{id}")
    @Operation(summary = "Save ratings and answers (those left out stay); If-Match required; a final one is refused")
    ResponseEntity<Evaluation> save(@PathVariable UUID id,
                                    @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                            required = false) @Nullable String ifMatch,
                                    @Valid @RequestBody EvaluationContent content) {
        var evaluation = evaluations.save(new EvaluationId(id), ETags.expectedVersion(ifMatch), content);
        return ETags.ok(evaluation, evaluation.version());
    }

    @PostMapping(BASE + "/{id}/status")
    @Operation(summary = "Move the evaluation: DRAFT → IN_REVIEW → FINAL (evidence frozen, locked), or IN_REVIEW →"
            + " DRAFT; If-Match required")
    ResponseEntity<Evaluation> move(@PathVariable UUID id,
                                    @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                            required = false) @Nullable String ifMatch,
                                    @Valid @RequestBody Move move) {
        var evaluation = evaluations.move(new EvaluationId(id), ETags.expectedVersion(ifMatch), move.status());
        return ETags.ok(evaluation, evaluation.version());
    }

    @PutMapping(BASE + "/{id}/participation")
    @Operation(summary = "Attach the feedback channel and the evaluation workshop (a participatory consultation);"
            + " If-Match required; refused once final")
    ResponseEntity<Evaluation> participate(@PathVariable UUID id,
                                           @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                   required = false) @Nullable String ifMatch,
                                           @RequestBody Participation participation) {
        var evaluation = evaluations.participate(new EvaluationId(id), ETags.expectedVersion(ifMatch),
                participation);
        return ETags.ok(evaluation, evaluation.version());
    }

    @PostMapping(BASE + "/{id}/corrections")
    @Operation(summary = "Correct a final evaluation: a new draft with its judgement that names it; 201")
    ResponseEntity<Evaluation> correct(@PathVariable UUID id) {
        return created(evaluations.correct(new EvaluationId(id)));
    }

    @GetMapping(BASE + "/{id}/scorecard")
    @Operation(summary = "Share of applicable items met per criterion (named as the framework names them) and"
            + " overall, the handbook's reading, and the previous evaluation's scorecard")
    Scorecard scorecard(@PathVariable UUID id) {
        return evaluations.scorecard(new EvaluationId(id));
    }

    @GetMapping(value = BASE + "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The evaluation report as PDF: scorecard chart, narratives, checklists, evidence")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation.pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(evaluations.report(new EvaluationId(id)));
    }

    @GetMapping(value = BASE + "/{id}/spring-page", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The evaluation in the SPRING page layout: criterion → guiding question → narrative →"
            + " 'Good practice checklist' with ✓ (met) and – (partly or not met)")
    String springPage(@PathVariable UUID id) {
        return evaluations.springPage(new EvaluationId(id));
    }

    @PostMapping(value = "/api/v1/practices/{practiceId}/evaluations/spring-page",
            consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Import a page in the SPRING layout as a new draft evaluation against the SPRING criteria"
            + " (period: ?periodFrom=&periodTo=, by default the last twelve months); 201")
    ResponseEntity<Evaluation> importSpringPage(@PathVariable UUID practiceId,
                                                @RequestParam(required = false) @DateTimeFormat(
                                                        iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
                                                @RequestParam(required = false) @DateTimeFormat(
                                                        iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
                                                @RequestBody String page) {
        LocalDate to = periodTo == null ? LocalDate.now() : periodTo;
        LocalDate from = periodFrom == null ? to.minusYears(1).plusDays(1) : periodFrom;
        return created(evaluations.importSpringPage(new PracticeId(practiceId), from, to, page));
    }

    private static ResponseEntity<Evaluation> created(Evaluation evaluation) {
        return ETags.created(URI.create(BASE + "/" + evaluation.id()), evaluation, evaluation.version());
    }
}
