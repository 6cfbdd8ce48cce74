package org.inclusio.feedback.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.feedback.FeedbackCode;
import org.inclusio.feedback.FeedbackCodeId;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackSetup;
import org.inclusio.feedback.FeedbackStatistics;
import org.inclusio.shared.CursorPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** How the organisation handles feedback (service levels, coding framework) and the figures it yields. */
@RestController
@Tag(name = "feedback")
class FeedbackSetupController {

    private final FeedbackSetup setup;
    private final FeedbackStatistics statistics;

    FeedbackSetupController(FeedbackSetup setup, FeedbackStatistics statistics) {
        this.setup = setup;
        this.statistics = statistics;
    }

    /** Figures over feedback received from {@code from} to {@code to} (inclusive), small cells suppressed (null). */
    @GetMapping("/api/v1/feedback/figures")
    FeedbackFigures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.figures(from, to);
    }

    @GetMapping("/api/v1/feedback-service-levels")
    FeedbackSetup.ServiceLevels serviceLevels() {
        return setup.serviceLevels();
    }

    @PutMapping("/api/v1/feedback-service-levels")
    FeedbackSetup.ServiceLevels changeServiceLevels(@Valid @RequestBody FeedbackSetup.ServiceLevels levels) {
        return setup.changeServiceLevels(levels);
    }

    /** The coding framework by category and label, retired codes last, in one page. */
    @GetMapping("/api/v1/feedback-codes")
    CursorPage<FeedbackCode> codes() {
        return new CursorPage<>(setup.codes(), null);
    }

    @PostMapping("/api/v1/feedback-codes")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackCode addCode(@Valid @RequestBody FeedbackSetup.CodeDetails details) {
        return setup.addCode(details);
    }

    @PutMapping("/api/v1/feedback-codes/{id}")
    FeedbackCode changeCode(@PathVariable UUID id, @Valid @RequestBody FeedbackSetup.CodeDetails details) {
        return setup.changeCode(new FeedbackCodeId(id), details);
    }

    /** A retired code stays on the feedback coded with it and is not offered any more. */
    @PostMapping("/api/v1/feedback-codes/{id}/retirement")
    FeedbackCode retireCode(@PathVariable UUID id) {
        return setup.retireCode(new FeedbackCodeId(id));
    }
}
