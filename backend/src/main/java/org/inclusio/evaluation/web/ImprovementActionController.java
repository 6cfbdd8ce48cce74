package org.inclusio.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.ImprovementAction;
import org.inclusio.evaluation.ImprovementActionId;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.RaiseAction;
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
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "evaluations")
class ImprovementActionController {

    private final ImprovementActionService actions;

    ImprovementActionController(ImprovementActionService actions) {
        this.actions = actions;
    }

    @GetMapping("/api/v1/evaluations/{id}/actions")
    @Operation(summary = "Improvement actions the evaluation raised and those of earlier evaluations still open (one"
            + " page), by due date")
    CursorPage<ImprovementAction> list(@PathVariable UUID id) {
        return new CursorPage<>(actions.of(new EvaluationId(id)), null);
    }

    @GetMapping("/api/v1/improvement-actions")
    @Operation(summary = "Every improvement action of the organisation, open ones first, by due date (one page)")
    CursorPage<ImprovementAction> all() {
        return new CursorPage<>(actions.all(), null);
    }

    @PostMapping("/api/v1/evaluations/{id}/actions")
    @Operation(summary = "Raise an improvement action: what, about which item, who, by when; 201")
    ResponseEntity<ImprovementAction> raise(@PathVariable UUID id, @Valid @RequestBody RaiseAction action) {
        var raised = actions.raise(new EvaluationId(id), action);
        return ETags.created(URI.create("/api/v1/improvement-actions/" + raised.id()), raised, raised.version());
    }

    @PutMapping("/api/v1/improvement-actions/{id}")
    @Operation(summary = "Correct an improvement action or mark it done; If-Match required")
    ResponseEntity<ImprovementAction> update(@PathVariable UUID id,
                                             @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                     required = false) @Nullable String ifMatch,
                                             @Valid @RequestBody RaiseAction changes) {
        var action = actions.update(new ImprovementActionId(id), ETags.expectedVersion(ifMatch), changes);
        return ETags.ok(action, action.version());
    }
}
