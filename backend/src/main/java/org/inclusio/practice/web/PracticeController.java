package org.inclusio.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.practice.RecordPractice;
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
@RequestMapping("/api/v1/practices")
@Tag(name = "practices")
class PracticeController {

    private static final String BASE = "/api/v1/practices/";

    private final PracticeService practices;

    PracticeController(PracticeService practices) {
        this.practices = practices;
    }

    @GetMapping
    @Operation(summary = "Practices, latest start first; the next page with ?cursor=<nextCursor>")
    CursorPage<PracticeSummary> list(@RequestParam(required = false) @Nullable PracticeStatus status,
                                     @RequestParam(required = false) @Nullable String cursor,
                                     @RequestParam(defaultValue = "50") int limit) {
        return practices.list(status, cursor, limit);
    }

    @GetMapping("/{id}")
    ResponseEntity<Practice> get(@PathVariable UUID id) {
        var practice = practices.get(new PracticeId(id));
        return ETags.ok(practice, practice.version());
    }

    @PostMapping
    @Operation(summary = "Record a practice with its partners, funding and objectives; 201 with it and its ETag")
    ResponseEntity<Practice> record(@Valid @RequestBody RecordPractice command) {
        var practice = practices.record(command);
        return ETags.created(URI.create(BASE + practice.id()), practice, practice.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a practice (its indicators stay); If-Match with its ETag is required (412 when stale)")
    ResponseEntity<Practice> update(@PathVariable UUID id,
                                    @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                            required = false) @Nullable String ifMatch,
                                    @Valid @RequestBody RecordPractice changes) {
        var practice = practices.update(new PracticeId(id), ETags.expectedVersion(ifMatch), changes);
        return ETags.ok(practice, practice.version());
    }
}
