package org.inclusio.assessment;

import org.inclusio.shared.statistics.Cell;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Evidence of how an organisation (or one practice) assesses needs over a period, for evaluations (handbook key area
 * 1, "identify and analyse the needs"). Counts of people are suppressed below the organisation's threshold k.
 *
 * @param assessmentsDone             individual assessments dated in the period
 * @param reassessmentsDone           of those, the ones with an earlier assessment of the same case file
 * @param caseFilesAssessed           distinct case files assessed in the period
 * @param shareActiveAssessedInSixMonths open case files assessed in the last six months, of all open case files,
 *                                    today (organisation-wide: case files belong to no practice; an evaluation
 *                                    freezes the value when it becomes final)
 * @param reassessmentCoverage        of the reassessments due in the period (of case files still open or
 *                                    reassessed), the share done by the end of it
 * @param needsByDomain               per domain, the case files assessed in the period with a need there (level
 *                                    above NONE) by its status in their last assessment of the period (keys
 *                                    {@link NeedStatus} names)
 * @param participatoryAssessments    participatory assessments whose period overlaps this one
 * @param participants                people who took part in them
 * @param participantsByGender        keys {@code Gender} names
 * @param participantsByAgeBand       keys {@code AgeBand} names
 * @param participantsByGroup         keys {@link ParticipantGroup} names
 * @param languages                   ISO 639 codes of the languages used, sorted
 * @param findings                    findings of those assessments
 * @param findingsWithAction          of those, the ones linked to an action taken
 */
public record AssessmentEvidence(@Nullable UUID practiceId, LocalDate from, LocalDate to, int smallCellThreshold,
                                 long assessmentsDone, long reassessmentsDone, @Nullable Long caseFilesAssessed,
                                 @Nullable Double shareActiveAssessedInSixMonths,
                                 @Nullable Double reassessmentCoverage, List<DomainStatuses> needsByDomain,
                                 long participatoryAssessments, @Nullable Long participants,
                                 List<Cell> participantsByGender, List<Cell> participantsByAgeBand,
                                 List<Cell> participantsByGroup, List<String> languages, long findings,
                                 long findingsWithAction) {

    /** One domain's case files by status. */
    public record DomainStatuses(NeedDomainId domain, String code, List<Cell> byStatus) {
    }
}
