package org.inclusio.beneficiary.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
@WithDemoUser("city-caseworker")
class CaseFileViewTests extends SpringBrowserlessTest {

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aCaseworkerOpensACaseFileFromTheListAndFindsItAgainBySearch() {
        String name = "Olena " + suffix();
        navigate(CaseFilesView.class);
        test($(Button.class).id("new-case-file")).click();
        test($(TextField.class).id("case-file-display-name")).setValue(name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ConsentPurpose> consents = $(CheckboxGroup.class).id("case-file-consents");
        consents.setValue(Set.of(ConsentPurpose.CASE_WORK));

        test($(Button.class).id("create-case-file")).click();

        assertThat($(Span.class).id("case-file-name").getText()).isEqualTo(name);
        String caseNumber = $(H2.class).single().getText();
        assertThat(caseNumber).isNotBlank();

        navigate(CaseFilesView.class);
        test($(TextField.class).id("case-file-search")).setValue(name);
        assertThat(rows()).extracting(CaseFileSummary::caseNumber).containsExactly(caseNumber);
    }

    @Test
    void theFiltersComeFromTheUrlSoALinkShowsTheSameList() {
        var closed = caseFiles.create(CaseFileDetails.named("Closed " + suffix()), List.of());
        caseFiles.close(closed.id(), org.inclusio.beneficiary.ClosingReason.GOALS_REACHED);

        UI.getCurrent().navigate("case-files", QueryParameters.of("status", "CLOSED"));

        @SuppressWarnings("unchecked")
        Select<CaseFileStatus> status = $(Select.class).id("case-file-status-filter");
        assertThat(status.getValue()).isEqualTo(CaseFileStatus.CLOSED);
        assertThat(rows()).extracting(CaseFileSummary::id).contains(closed.id());
        assertThat(rows()).extracting(CaseFileSummary::status).containsOnly(CaseFileStatus.CLOSED);
    }

    @Test
    void aCaseworkerHasTheSpecialCategoryFieldsAVolunteerDoesNotHaveThemAtAll() {
        CaseFile file = caseFiles.create(CaseFileDetails.named("Special " + suffix()), List.of());

        showDetails(file);
        assertThat($(SpecialCategoryField.class).all()).hasSize(1);
        assertThat($(TextArea.class).id("case-file-sensitive-notes").isVisible()).isTrue();

        TestSignIn.as(context, "city-volunteer");
        showDetails(file);

        assertThat($(TextField.class).id("case-file-display-name").getValue()).isEqualTo(file.displayName());
        assertThat($(SpecialCategoryField.class).all()).isEmpty();
        assertThat($(TextArea.class).all()).extracting(area -> area.getId().orElse(""))
                .doesNotContain("case-file-sensitive-notes");
        assertThat($(Select.class).all()).extracting(select -> select.getId().orElse(""))
                .doesNotContain("case-file-residence-status");
        assertThat($(Button.class).all()).extracting(button -> button.getId().orElse(""))
                .doesNotContain("save-case-file", "case-file-close-reopen");
    }

    @Test
    void aRefusedEditShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        CaseFile file = caseFiles.create(CaseFileDetails.named("Edit " + suffix()), List.of());
        showDetails(file);

        test($(EmailField.class).id("case-file-email")).setValue("not an address");
        test($(TextField.class).id("case-file-full-name")).setValue("Typed Name");
        test($(Button.class).id("save-case-file")).click();

        assertThat($(EmailField.class).id("case-file-email").isInvalid()).isTrue();
        assertThat($(TextField.class).id("case-file-full-name").getValue()).isEqualTo("Typed Name");
        assertThat(caseFiles.get(file.id()).fullName()).isNull();
    }

    private void showDetails(CaseFile file) {
        UI.getCurrent().navigate("case-files/" + file.id(), QueryParameters.of("tab", "details"));
        assertThat($(CaseFileView.class).exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<CaseFileSummary> rows() {
        Grid<CaseFileSummary> grid = $(Grid.class).id("case-files-grid");
        return grid.getLazyDataView().getItems().toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
