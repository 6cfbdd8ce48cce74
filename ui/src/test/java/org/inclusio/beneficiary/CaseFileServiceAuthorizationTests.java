package org.inclusio.beneficiary;

import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case file service itself refuses what a role may not do, whatever view or endpoint calls it. */
@SignedInTest
class CaseFileServiceAuthorizationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    CaseFileDirectory directory;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void caseworkersAndManagersWriteAndSeeSpecialCategoryData() {
        for (String writer : List.of("city-caseworker", "city-manager")) {
            TestSignIn.as(context, writer);
            var caseFile = caseFiles.create(CaseFileDetails.named("By " + writer), List.of(ConsentPurpose.CASE_WORK));
            assertThat(caseFile.specialCategory()).isEqualTo(SpecialCategoryData.NONE);
            assertThat(caseFiles.canSeeSpecialCategoryData()).isTrue();
            var closed = caseFiles.close(caseFile.id(), ClosingReason.GOALS_REACHED);
            assertThat(closed.status()).isEqualTo(CaseFileStatus.CLOSED);
            assertThat(caseFiles.reopen(caseFile.id()).status()).isEqualTo(CaseFileStatus.OPEN);
            assertThat(caseFiles.giveConsent(caseFile.id(), ConsentPurpose.REFERRAL_TO_PARTNERS, null)
                    .hasConsent(ConsentPurpose.REFERRAL_TO_PARTNERS)).isTrue();
            assertThat(caseFiles.withdrawConsent(caseFile.id(), ConsentPurpose.REFERRAL_TO_PARTNERS, null)
                    .hasConsent(ConsentPurpose.REFERRAL_TO_PARTNERS)).isFalse();
            var current = caseFiles.get(caseFile.id());
            assertThat(caseFiles.update(caseFile.id(), current.version(), current.toDetails()).version())
                    .as("nothing changed").isEqualTo(current.version());
            var renamed = new CaseFileDetails("Renamed by " + writer, null, null, null, null, AgeBand.NOT_STATED,
                    Gender.NOT_STATED, List.of(), List.of(), null, null, null, Set.of(), null, null);
            assertThat(caseFiles.update(caseFile.id(), current.version(), renamed).version())
                    .isEqualTo(current.version() + 1);
            assertThat(caseFiles.history(caseFile.id())).isNotEmpty();
            assertThatThrownBy(() -> caseFiles.readers(caseFile.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void interculturalWorkersReadWithoutSpecialCategoryDataAndWriteNothing() {
        var id = someCaseFile();
        TestSignIn.as(context, "city-volunteer");
        assertThat(caseFiles.get(id).specialCategory()).isNull();
        assertThat(caseFiles.canSeeSpecialCategoryData()).isFalse();
        assertThat(caseFiles.search(CaseFileSearch.ALL, null, 5).items()).isNotEmpty();
        assertThat(caseFiles.history(id)).isNotEmpty();
        assertThat(directory.find(id)).isPresent();
        assertWritesRefused(id);
        assertThatThrownBy(() -> caseFiles.readers(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void protectionFocalPointsSeeSpecialCategoryDataButWriteNothing() {
        var id = someCaseFile();
        TestSignIn.as(context, "city-focal-point");
        assertThat(caseFiles.get(id).specialCategory()).isNotNull();
        assertWritesRefused(id);
        assertThatThrownBy(() -> caseFiles.readers(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void organisationAdminsReadWithoutSpecialCategoryDataAndSeeTheReaders() {
        var id = someCaseFile();
        TestSignIn.as(context, "city-admin");
        assertThat(caseFiles.get(id).specialCategory()).isNull();
        assertThat(caseFiles.readers(id)).isNotEmpty();
        assertWritesRefused(id);
    }

    @Test
    void platformAdministratorsAndNobodySeeNothing() {
        var id = someCaseFile();
        TestSignIn.as(context, "platform-admin");
        assertThatThrownBy(() -> caseFiles.get(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.search(CaseFileSearch.ALL, null, 5))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> directory.find(id)).isInstanceOf(AuthorizationDeniedException.class);
        TestSignIn.signOut();
        assertThatThrownBy(() -> caseFiles.get(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anotherOrganisationsCaseFilesAreNotFound() {
        var id = someCaseFile();
        TestSignIn.as(context, "aid-caseworker");
        assertThatThrownBy(() -> caseFiles.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseFiles.close(id, ClosingReason.OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseFiles.history(id)).isInstanceOf(NotFoundException.class);
        assertThat(directory.find(id)).isEmpty();
    }

    private void assertWritesRefused(CaseFileId id) {
        assertThatThrownBy(() -> caseFiles.create(CaseFileDetails.named("No"), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.update(id, 0, CaseFileDetails.named("No")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.close(id, ClosingReason.OTHER))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.reopen(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.giveConsent(id, ConsentPurpose.CASE_WORK, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> caseFiles.withdrawConsent(id, ConsentPurpose.CASE_WORK, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** A case file of Demo City, opened once by its caseworker (so that it has a reader). */
    private CaseFileId someCaseFile() {
        TestSignIn.as(context, "city-caseworker");
        var id = caseFiles.create(CaseFileDetails.named("Someone"), List.of(ConsentPurpose.CASE_WORK)).id();
        caseFiles.get(id);
        TestSignIn.signOut();
        return id;
    }
}
