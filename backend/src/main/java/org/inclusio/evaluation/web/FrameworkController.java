package org.inclusio.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.evaluation.DefineFramework;
import org.inclusio.evaluation.Framework;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.shared.CursorPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "evaluations")
class FrameworkController {

    private final FrameworkService frameworks;

    FrameworkController(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    @Operation(summary = "The frameworks to evaluate against: shipped ones first, then the organisation's own"
            + " (one page)")
    CursorPage<FrameworkSummary> list() {
        return new CursorPage<>(frameworks.list(), null);
    }

    @PostMapping
    @Operation(summary = "Create the organisation's own framework, or adapt one (basedOn): a copy of a shipped framework"
            + " becomes a new framework, a copy of the organisation's own becomes its next version (organisation"
            + " admins); 201 with it")
    ResponseEntity<Framework> define(@Valid @RequestBody DefineFramework command) {
        var framework = frameworks.define(command);
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + framework.id())).body(framework);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A framework version: sections (criteria, key areas, dimensions) → guiding questions →"
            + " checklist items with their applicability, evidence metrics and rating rule")
    Framework get(@PathVariable UUID id) {
        return frameworks.get(new FrameworkId(id));
    }
}
