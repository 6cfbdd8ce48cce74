package org.inclusio.assessment;

import org.inclusio.shared.statistics.Cell;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The needs of the active caseload: every open case file counted once, by the latest assessment it has, with
 * small-cell suppression ({@code null} counts and shares) at the organisation's threshold k.
 *
 * @param activeCaseFiles        open case files
 * @param assessedCaseFiles      open case files with at least one assessment
 * @param assessedInSixMonths    open case files assessed in the six months up to {@code asOf}
 * @param overdueReassessments   open case files whose reassessment is due on or before {@code asOf}
 * @param domains                levels and statuses per domain, in display order
 * @param unaddressedUrgent      per domain code: case files with an urgent need nobody addresses yet
 * @param barriers               per barrier: case files facing it, the most frequent first
 */
public record NeedsOverview(LocalDate asOf, int smallCellThreshold, @Nullable Long activeCaseFiles,
                            @Nullable Long assessedCaseFiles, @Nullable Long assessedInSixMonths,
                            @Nullable Long overdueReassessments, List<DomainFigures> domains,
                            List<Cell> unaddressedUrgent, List<Cell> barriers) {

    /** One domain: case files by level (keys {@link NeedLevel} names) and by status (keys {@link NeedStatus} names). */
    public record DomainFigures(NeedDomainId domain, String code, List<Cell> byLevel, List<Cell> byStatus) {
    }
}
