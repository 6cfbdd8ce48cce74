package org.inclusio.assessment.internal;

import org.inclusio.shared.statistics.Cell;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The participatory part of {@link org.inclusio.assessment.AssessmentEvidence}, already suppressed at k. */
interface ParticipatoryEvidence {

    /**
     * Over the participatory assessments whose period overlaps {@code from}–{@code to}.
     *
     * @param practiceId only those of this practice; {@code null} for all
     */
    Figures figures(@Nullable UUID practiceId, LocalDate from, LocalDate to, int smallCellThreshold);

    record Figures(long assessments, @Nullable Long participants, List<Cell> byGender, List<Cell> byAgeBand,
                   List<Cell> byGroup, List<String> languages, long findings, long findingsWithAction) {
    }
}
