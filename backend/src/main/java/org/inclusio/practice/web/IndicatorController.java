package org.inclusio.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.practice.DefineIndicator;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorId;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.RecordMeasurement;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/indicators")
@Tag(name = "practices")
class IndicatorController {

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(summary = "The practice's results framework: every indicator with its actual, progress and measurements"
            + " (one page: a practice has few)")
    CursorPage<Indicator> list(@PathVariable UUID practiceId) {
        return new CursorPage<>(indicators.list(new PracticeId(practiceId)), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<Indicator> get(@PathVariable UUID practiceId, @PathVariable UUID id) {
        var indicator = indicators.get(new PracticeId(practiceId), new IndicatorId(id));
        return ETags.ok(indicator, indicator.version());
    }

    @PostMapping
    @Operation(summary = "Define an indicator: computed by a metric, or measured by hand when metric is left out")
    ResponseEntity<Indicator> define(@PathVariable UUID practiceId, @Valid @RequestBody DefineIndicator command) {
        var indicator = indicators.define(new PracticeId(practiceId), command);
        return ETags.created(location(practiceId, indicator.id().value()), indicator, indicator.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an indicator; If-Match with its ETag is required (412 when stale)")
    ResponseEntity<Indicator> update(@PathVariable UUID practiceId, @PathVariable UUID id,
                                     @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                             required = false) @Nullable String ifMatch,
                                     @Valid @RequestBody DefineIndicator changes) {
        var indicator = indicators.update(new PracticeId(practiceId), new IndicatorId(id),
                ETags.expectedVersion(ifMatch), changes);
        return ETags.ok(indicator, indicator.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an indicator with its measurements")
    ResponseEntity<Void> remove(@PathVariable UUID practiceId, @PathVariable UUID id) {
        indicators.remove(new PracticeId(practiceId), new IndicatorId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/measurements")
    @Operation(summary = "Record a measurement of a hand-measured indicator; 201 with the indicator")
    ResponseEntity<Indicator> measure(@PathVariable UUID practiceId, @PathVariable UUID id,
                                      @Valid @RequestBody RecordMeasurement measurement) {
        var indicator = indicators.measure(new PracticeId(practiceId), new IndicatorId(id), measurement);
        return ETags.created(location(practiceId, id), indicator, indicator.version());
    }

    private static URI location(UUID practiceId, UUID indicatorId) {
        return URI.create("/api/v1/practices/" + practiceId + "/indicators/" + indicatorId);
    }
}
