package org.inclusio.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.evaluation.EvaluationSchedule;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.evaluation.ScheduleEvaluations;
import org.inclusio.practice.PracticeId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "evaluations")
class EvaluationScheduleController {

    private static final String OF_PRACTICE = "/api/v1/practices/{id}/evaluation-schedule";

    private final EvaluationSchedules schedules;

    EvaluationScheduleController(EvaluationSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/api/v1/evaluation-schedules")
    @Operation(summary = "Every practice's evaluation schedule, the soonest next period first (one page)")
    CursorPage<EvaluationSchedule> list() {
        return new CursorPage<>(schedules.list(), null);
    }

    @GetMapping(OF_PRACTICE)
    @Operation(summary = "The practice's evaluation schedule; 404 when it has none")
    EvaluationSchedule get(@PathVariable UUID id) {
        return schedules.of(new PracticeId(id)).orElseThrow(() -> new NotFoundException("Evaluation schedule"));
    }

    @PutMapping(OF_PRACTICE)
    @Operation(summary = "Evaluate the practice every quarter, half-year or year against a framework: when a period"
            + " has ended, its draft opens the following night and the managers are told")
    EvaluationSchedule set(@PathVariable UUID id, @Valid @RequestBody ScheduleEvaluations schedule) {
        return schedules.set(new PracticeId(id), schedule);
    }

    @DeleteMapping(OF_PRACTICE)
    @Operation(summary = "Stop the practice's schedule; its evaluations stay")
    ResponseEntity<Void> stop(@PathVariable UUID id) {
        schedules.stop(new PracticeId(id));
        return ResponseEntity.noContent().build();
    }
}
