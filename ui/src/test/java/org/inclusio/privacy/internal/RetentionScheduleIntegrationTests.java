package org.inclusio.privacy.internal;

import org.inclusio.IntegrationTest;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closed case files are anonymised once their organisation's retention period has run out, and not a day before;
 * open ones, and those of organisations with a longer period, stay as they are. The schedule runs with a clock moved
 * forward instead of waiting.
 */
@IntegrationTest
class RetentionScheduleIntegrationTests {

    @Autowired
    OrganisationService organisations;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    CaseFileDirectory directory;

    @Autowired
    DataSubjectServiceImpl dataSubjects;

    @Test
    void closedCaseFilesAreAnonymisedWhenTheRetentionPeriodHasRunOut() {
        String slug = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = SystemWork.call("test", null, Set.of(), true, () -> organisations.create(
                new CreateOrganisation("Short Memory", slug, OrganisationType.NGO, "CZ", "en", List.of("en"),
                        Organisations.DEFAULT_SMALL_CELL_THRESHOLD, 1)));
        CaseFile closed = asCaseworker(organisation, () -> {
            var created = caseFiles.create(details("Closed C."), List.of(ConsentPurpose.CASE_WORK));
            return caseFiles.close(created.id(), ClosingReason.GOALS_REACHED);
        });
        CaseFile open = asCaseworker(organisation,
                () -> caseFiles.create(details("Open O."), List.of(ConsentPurpose.CASE_WORK)));

        assertThat(schedule(Duration.ofDays(20)).anonymiseExpired()).as("within the month").isZero();
        assertThat(asCaseworker(organisation, () -> caseFiles.get(closed.id())).anonymisedAt()).isNull();

        assertThat(schedule(Duration.ofDays(40)).anonymiseExpired()).as("after the month").isEqualTo(1);
        CaseFile anonymised = asCaseworker(organisation, () -> caseFiles.get(closed.id()));
        assertThat(anonymised.anonymisedAt()).isNotNull();
        assertThat(anonymised.displayName()).isEqualTo(closed.caseNumber());
        assertThat(anonymised.fullName()).isNull();
        assertThat(anonymised.gender()).isEqualTo(Gender.FEMALE);
        CaseFile untouched = asCaseworker(organisation, () -> caseFiles.get(open.id()));
        assertThat(untouched.anonymisedAt()).isNull();
        assertThat(untouched.fullName()).isEqualTo("Open O. in full");

        assertThat(schedule(Duration.ofDays(40)).anonymiseExpired()).as("nothing left to do").isZero();
    }

    private RetentionSchedule schedule(Duration ahead) {
        return new RetentionSchedule(organisations, directory, dataSubjects, new PrivacyProperties("-", 500),
                Clock.offset(Clock.systemUTC(), ahead));
    }

    private static <T> T asCaseworker(Organisation organisation, Supplier<T> work) {
        return SystemWork.callIn("test", organisation.id().value(), Set.of(Role.CASEWORKER), work);
    }

    private static CaseFileDetails details(String displayName) {
        return new CaseFileDetails(displayName, displayName + " in full", null, null, 1985, null, Gender.FEMALE,
                List.of("SY"), List.of("ar"), "ar", null, 3, Set.of(), null, null);
    }
}
