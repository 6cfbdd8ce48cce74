package org.inclusio.assessment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.assessment.AssessmentMethod;
import org.inclusio.assessment.NeedChange;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.NeedsComparison.DomainComparison;
import org.inclusio.assessment.NeedsOverview.DomainFigures;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The needs assessment views with the real services behind them, signed in as the demo accounts. */
@SignedInTest
@WithDemoUser("city-caseworker")
class AssessmentViewTests extends SpringBrowserlessTest {

    @Autowired
    NeedsAssessmentService assessments;

    @Autowired
    CaseFileService caseFiles;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aCaseworkerAssessesAPersonReassessesAndSeesTheChangeInWords() {
        CaseFileId person = caseFile();
        openForm(person);
        assertThat($(H2.class).first().getText()).isEqualTo("Assess needs");
        this.<NeedLevel>select("need-level-EMPLOYMENT").setValue(NeedLevel.HIGH);
        test($(TextField.class).id("need-description-EMPLOYMENT")).setValue("Looking for work as a welder");
        this.<NeedLevel>select("need-level-HOUSING").setValue(NeedLevel.MEDIUM);
        this.<NeedStatus>select("need-status-HOUSING").setValue(NeedStatus.BEING_ADDRESSED);
        test($(Button.class).id("save-assessment")).click();

        List<NeedsAssessment> history = assessments.history(person);
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().needs()).extracting(need -> need.code() + "/" + need.level())
                .containsExactly("EMPLOYMENT/HIGH", "HOUSING/MEDIUM");
        assertThat($(H2.class).id("assessment-heading").getText()).startsWith("Needs assessment of");

        openForm(person);
        assertThat($(H2.class).first().getText()).isEqualTo("Reassess needs");
        assertThat(this.<NeedLevel>select("need-level-EMPLOYMENT").getValue()).as("starts from the latest")
                .isEqualTo(NeedLevel.HIGH);
        this.<NeedLevel>select("need-level-EMPLOYMENT").setValue(NeedLevel.LOW);
        this.<NeedLevel>select("need-level-HOUSING").setValue(NeedLevel.URGENT);
        test($(Button.class).id("save-assessment")).click();

        assertThat($(H2.class).id("assessment-heading").getText()).startsWith("Reassessment of");
        Grid<DomainComparison> comparison = $(Grid.class).id("needs-comparison");
        List<DomainComparison> rows = comparison.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(DomainComparison::code, DomainComparison::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EMPLOYMENT", NeedChange.IMPROVED),
                org.assertj.core.groups.Tuple.tuple("HOUSING", NeedChange.WORSE));
        assertThat(test(comparison).getCellText(0, 1)).isEqualTo("High (Unaddressed)");
        assertThat(test(comparison).getCellText(0, 2)).isEqualTo("Low (Unaddressed)");
        assertThat(test(comparison).getCellComponent(0, 3).getElement().getTextRecursively()).contains("Improved");
        assertThat(test(comparison).getCellComponent(1, 3).getElement().getTextRecursively()).contains("Worse");
        assertThat($(Html.class).all()).as("the course of the needs as a chart").isNotEmpty();
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSavedOrLost() {
        CaseFileId person = caseFile();
        openForm(person);
        this.<NeedLevel>select("need-level-EDUCATION").setValue(NeedLevel.MEDIUM);
        test($(DatePicker.class).id("assessment-reassessment-due")).setValue(LocalDate.now().minusDays(1));
        test($(Button.class).id("save-assessment")).click();

        DatePicker due = $(DatePicker.class).id("assessment-reassessment-due");
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("must be after the assessment date");
        assertThat(this.<NeedLevel>select("need-level-EDUCATION").getValue()).isEqualTo(NeedLevel.MEDIUM);
        assertThat(assessments.history(person)).isEmpty();
    }

    @Test
    void theNeedsTabShowsTheOverdueReassessmentTheChartAndEveryAssessment() {
        CaseFileId person = caseFile();
        NeedDomain housing = domain("HOUSING");
        assessments.record(new RecordNeedsAssessment(person, LocalDate.now().minusDays(100),
                AssessmentMethod.INTERVIEW, "uk", List.of(new NeedEntry(housing.id(), NeedLevel.HIGH, null,
                NeedStatus.UNADDRESSED)), Set.of(), null, null, null, LocalDate.now().minusDays(3), null));

        UI.getCurrent().navigate("case-files/" + person.value(), QueryParameters.of("tab", "needs"));

        assertThat($(Span.class).id("reassessment-overdue").getText()).isEqualTo("Overdue");
        assertThat($(Span.class).id("reassessment-due").getText()).startsWith("Next reassessment due");
        assertThat($(Button.class).id("assess-needs").getText()).isEqualTo("Reassess");
        assertThat($(RouterLink.class).withClassName("needs-assessment-link").all()).hasSize(1);
        assertThat($(Html.class).all()).isNotEmpty();
    }

    @Test
    @WithDemoUser("city-volunteer")
    void anInterculturalWorkerIsNotOfferedTheSensitiveDomains() {
        openForm(caseFileAs());
        List<String> fields = $(Select.class).all().stream().map(select -> select.getId().orElse("")).toList();
        assertThat(fields).contains("need-level-EMPLOYMENT").doesNotContain("need-level-HEALTH",
                "need-level-MENTAL_HEALTH", "need-level-SAFETY");
        assertThat($(Paragraph.class).id("sensitive-domains-withheld").getText()).contains("Health");
    }

    @Test
    @WithDemoUser("city-manager")
    void theOverviewShowsEveryDomainAndSmallCountsAsFewerThanK() {
        UI.getCurrent().navigate(NeedsOverviewView.class);

        assertThat($(Paragraph.class).id("needs-overview-caseload").getText()).startsWith("Open case files:");
        Grid<DomainFigures> levels = $(Grid.class).id("needs-overview-levels");
        assertThat(levels.getGenericDataView().getItems().toList()).hasSize(14);
        var texts = IntStream.range(0, 14).boxed().flatMap(row -> IntStream.range(1, 7)
                .mapToObj(column -> test(levels).getCellText(row, column))).toList();
        assertThat(texts).as("the demo caseload is small: some cells are suppressed").contains("fewer than 5");
        assertThat(texts).noneMatch(text -> text.matches("[1-4]"));
    }

    @Test
    @WithDemoUser("city-manager")
    void aParticipatoryAssessmentIsRecordedWithAFindingAndTheActionTaken() {
        UI.getCurrent().navigate(ParticipatoryAssessmentFormView.NEW);
        String title = "Round table on housing " + UUID.randomUUID();
        test($(TextField.class).id("community-title")).setValue(title);
        test($(IntegerField.class).id("group-PUBLIC_AUTHORITIES")).setValue(14);
        test($(IntegerField.class).id("group-NGOS")).setValue(26);
        test($(Button.class).id("add-finding")).click();
        test($(TextArea.class).all().stream()
                .filter(area -> "Finding".equals(area.getLabel())).findFirst().orElseThrow())
                .setValue("Landlords refuse to register addresses");
        test($(TextField.class).all().stream().filter(field -> "What changed in the service".equals(field.getLabel()))
                .findFirst().orElseThrow()).setValue("Housing advice desk on Mondays");
        test($(DatePicker.class).all().stream().filter(field -> "Changed on".equals(field.getLabel()))
                .findFirst().orElseThrow()).setValue(LocalDate.now().minusDays(1));
        test($(Button.class).id("save-participatory-assessment")).click();

        assertThat($(H2.class).id("participatory-heading").getText()).isEqualTo(title);
        assertThat($(UnorderedList.class).id("participatory-participants").getElement().getTextRecursively())
                .contains("Participants in all: 40");
        assertThat($(UnorderedList.class).id("participatory-findings").getElement().getTextRecursively())
                .contains("Landlords refuse to register addresses", "Housing advice desk on Mondays");
    }

    private void openForm(CaseFileId person) {
        UI.getCurrent().navigate(NeedsAssessmentFormView.NEW, QueryParameters.of("caseFile",
                person.value().toString()));
    }

    private CaseFileId caseFile() {
        return caseFiles.create(CaseFileDetails.named("Assessed " + UUID.randomUUID()),
                List.of(ConsentPurpose.CASE_WORK)).id();
    }

    /** An intercultural worker cannot open case files; the demo ones will do. */
    private CaseFileId caseFileAs() {
        return assessments.list(org.inclusio.assessment.NeedsAssessmentFilter.NONE, null, 1).items().getFirst()
                .caseFile();
    }

    private NeedDomain domain(String code) {
        return assessments.domains().stream().filter(domain -> domain.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }
}
