package org.inclusio.assessment.internal;

import org.inclusio.assessment.DomainNeed;
import org.inclusio.assessment.NeedChange;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedDomainId;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsComparison.DomainComparison;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Domain by domain: a lower level or a better status is better, a higher level or a worse status is worse. */
class NeedsComparisonsTests {

    private static final NeedDomain HOUSING = domain("HOUSING", 4);
    private static final NeedDomain EMPLOYMENT = domain("EMPLOYMENT", 1);
    private static final NeedDomain EDUCATION = domain("EDUCATION", 2);
    private static final NeedDomain SAFETY = domain("SAFETY", 12);

    @Test
    void aLowerLevelIsAnImprovementWhateverTheStatus() {
        assertThat(NeedsComparisons.change(need(NeedLevel.HIGH, NeedStatus.MET),
                need(NeedLevel.MEDIUM, NeedStatus.UNADDRESSED))).isEqualTo(NeedChange.IMPROVED);
    }

    @Test
    void aHigherLevelIsWorseWhateverTheStatus() {
        assertThat(NeedsComparisons.change(need(NeedLevel.LOW, NeedStatus.UNADDRESSED),
                need(NeedLevel.URGENT, NeedStatus.MET))).isEqualTo(NeedChange.WORSE);
    }

    @Test
    void atTheSameLevelTheStatusDecides() {
        assertThat(NeedsComparisons.change(need(NeedLevel.HIGH, NeedStatus.UNADDRESSED),
                need(NeedLevel.HIGH, NeedStatus.BEING_ADDRESSED))).isEqualTo(NeedChange.IMPROVED);
        assertThat(NeedsComparisons.change(need(NeedLevel.HIGH, NeedStatus.MET),
                need(NeedLevel.HIGH, NeedStatus.UNADDRESSED))).isEqualTo(NeedChange.WORSE);
        assertThat(NeedsComparisons.change(need(NeedLevel.HIGH, NeedStatus.BEING_ADDRESSED),
                need(NeedLevel.HIGH, NeedStatus.BEING_ADDRESSED))).isEqualTo(NeedChange.SAME);
    }

    @Test
    void aDomainOnlyOneAssessmentCoversIsNewOrNotReassessed() {
        assertThat(NeedsComparisons.change(null, need(NeedLevel.LOW, NeedStatus.MET))).isEqualTo(NeedChange.NEW);
        assertThat(NeedsComparisons.change(need(NeedLevel.LOW, NeedStatus.MET), null))
                .isEqualTo(NeedChange.NOT_REASSESSED);
    }

    @Test
    void theComparisonFollowsTheDomainOrderAndLeavesOutDomainsNeitherCovers() {
        var previous = List.of(of(HOUSING, NeedLevel.HIGH, NeedStatus.UNADDRESSED),
                of(EDUCATION, NeedLevel.LOW, NeedStatus.BEING_ADDRESSED));
        var current = List.of(of(HOUSING, NeedLevel.MEDIUM, NeedStatus.BEING_ADDRESSED),
                of(EMPLOYMENT, NeedLevel.URGENT, NeedStatus.UNADDRESSED));

        List<DomainComparison> rows = NeedsComparisons.compare(List.of(EMPLOYMENT, EDUCATION, HOUSING, SAFETY),
                previous, current);

        assertThat(rows).extracting(DomainComparison::code).containsExactly("EMPLOYMENT", "EDUCATION", "HOUSING");
        assertThat(rows).extracting(DomainComparison::change).containsExactly(NeedChange.NEW,
                NeedChange.NOT_REASSESSED, NeedChange.IMPROVED);
        assertThat(rows.get(0).previousLevel()).isNull();
        assertThat(rows.get(1).currentLevel()).isNull();
        assertThat(rows.get(2).previousLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(rows.get(2).currentStatus()).isEqualTo(NeedStatus.BEING_ADDRESSED);
    }

    private static DomainNeed need(NeedLevel level, NeedStatus status) {
        return of(HOUSING, level, status);
    }

    private static DomainNeed of(NeedDomain domain, NeedLevel level, NeedStatus status) {
        return new DomainNeed(domain.id(), domain.code(), domain.sensitive(), level, status, null);
    }

    private static NeedDomain domain(String code, int position) {
        return new NeedDomain(new NeedDomainId(UUID.randomUUID()), code, position, code.equals("SAFETY"));
    }
}
