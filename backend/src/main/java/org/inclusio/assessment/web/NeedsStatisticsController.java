package org.inclusio.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusio.assessment.AssessmentEvidence;
import org.inclusio.assessment.NeedsOverview;
import org.inclusio.assessment.NeedsStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** The needs figures for managers; counts below the organisation's threshold k are {@code null}. */
@RestController
@Tag(name = "needs assessments")
class NeedsStatisticsController {

    private final NeedsStatistics statistics;

    NeedsStatisticsController(NeedsStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/needs-overview")
    @Operation(summary = "The needs of today's active caseload: domains × levels, unaddressed urgent needs, barriers")
    NeedsOverview overview() {
        return statistics.overview();
    }

    @GetMapping("/api/v1/needs-evidence")
    @Operation(summary = "Evidence figures over a period, for the organisation or one practice")
    AssessmentEvidence evidence(@RequestParam(required = false) @Nullable UUID practiceId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.evidence(practiceId, from, to);
    }
}
