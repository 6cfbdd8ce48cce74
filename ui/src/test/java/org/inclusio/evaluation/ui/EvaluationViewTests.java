package org.inclusio.evaluation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.evaluation.Attachment;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationSchedule;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.ScheduleEvaluations;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.EvaluationSummary;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.Rating;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.practice.RecordPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation views with the real services behind them, signed in as the demo manager. */
@SignedInTest
@WithDemoUser("city-manager")
class EvaluationViewTests extends SpringBrowserlessTest {

    @Autowired
    EvaluationService evaluations;

    @Autowired
    PracticeService practices;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aManagerEvaluatesAPracticeUsesASuggestionAndMakesItFinal() {
        var practice = practices.record(new RecordPractice("Evaluated in the view " + UUID.randomUUID(), null,
                List.of(), List.of(), LocalDate.now().minusYears(1), null, PracticeStatus.RUNNING, List.of(), List.of(),
                List.of()));
        UI.getCurrent().navigate(EvaluationsView.class);
        test($(Button.class).id("new-evaluation")).click();
        ComboBox<PracticeSummary> chosen = $(ComboBox.class).id("evaluation-practice");
        chosen.setValue(chosen.getListDataView().getItems()
                .filter(candidate -> candidate.id().equals(practice.id())).findFirst().orElseThrow());
        test($(Button.class).id("open-evaluation")).click();

        assertThat($(H2.class).id("evaluation-heading").getText()).isEqualTo("Evaluation of " + practice.name());
        assertThat($(Span.class).id("evaluation-status").getText()).isEqualTo("Draft");
        assertThat($(Span.class).withText("No evidence in Inclusio for this item: it is judged by the narrative"
                + " alone.").all()).as("items without a metric say so").isNotEmpty();
        var drafted = evaluations.list(practice.id(), null, 1).items().getFirst();
        assertThat($(Anchor.class, $(com.vaadin.flow.component.html.Div.class).id("item-IP1.1")).first().getHref())
                .as("the evidence links to the practice's consultations of the period")
                .isEqualTo("consultations?practice=" + practice.id() + "&from=" + drafted.periodFrom() + "&to="
                        + drafted.periodTo());
        assertThat($(Span.class, $(com.vaadin.flow.component.html.Div.class).id("suggestion-IP3.2")).first()
                .getText()).as("the rule in the reader's words").isEqualTo("Suggested: Not met (met when a feedback"
                + " channel is open, at least 80 % of the feedback is answered and the median answer takes at most 14"
                + " days).");
        test($(Button.class, $(com.vaadin.flow.component.html.Div.class).id("suggestion-IP3.2"))
                .withText("Use the suggestion").first()).click();
        this.<Rating>select("rating-IP1.1").setValue(Rating.PARTLY_MET);
        test($(TextArea.class).id("narrative-IP1")).setValue("Services in five languages.");
        test($(Upload.class).id("upload-IP1")).upload("map kit.txt", "text/plain",
                "Information map kit of 45 district services".getBytes(StandardCharsets.UTF_8));
        assertThat($(Anchor.class, $(com.vaadin.flow.component.html.Div.class).id("files-IP1")).first().getText())
                .as("the file is listed at once").startsWith("map kit.txt");
        assertThat($(TextArea.class).id("narrative-IP1").getValue()).as("what was typed stays")
                .isEqualTo("Services in five languages.");
        test($(Button.class).id("save-evaluation")).click();

        Evaluation saved = evaluations.list(practice.id(), null, 1).items().stream().findFirst()
                .map(EvaluationSummary::id).map(evaluations::get).orElseThrow();
        assertThat(saved.ratings()).extracting(ItemRating::item, ItemRating::rating)
                .contains(org.assertj.core.groups.Tuple.tuple("IP3.2", Rating.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("IP1.1", Rating.PARTLY_MET));
        assertThat(saved.answers()).anySatisfy(answer -> assertThat(answer.narrative())
                .isEqualTo("Services in five languages."));
        assertThat(saved.attachments()).extracting(Attachment::fileName).containsExactly("map kit.txt");
        assertThat($(Paragraph.class).id("scorecard-reading").getText()).as("one partly met, one not met")
                .contains("0 %", "No item is met");

        test($(Button.class).id("submit-evaluation")).click();
        test($(Button.class).id("finalise-evaluation")).click();
        assertThat($(Span.class).id("evaluation-status").getText()).isEqualTo("Final");
        assertThat(evaluations.get(saved.id()).status()).isEqualTo(EvaluationStatus.FINAL);
        assertThat(this.<Rating>select("rating-IP1.1").isReadOnly()).as("locked").isTrue();
        assertThat($(Button.class).withId("save-evaluation").all()).isEmpty();
        assertThat($(Anchor.class).id("download-report").getHref()).isNotBlank();
        assertThat($(Button.class).id("correct-evaluation").isVisible()).isTrue();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsShownAtTheFieldAndNothingIsOpened() {
        long before = evaluations.list(null, null, 200).items().size();
        UI.getCurrent().navigate(EvaluationsView.class);
        test($(Button.class).id("new-evaluation")).click();
        test($(DatePicker.class).id("evaluation-period-to")).setValue(LocalDate.now().minusYears(2));
        test($(Button.class).id("open-evaluation")).click();

        DatePicker to = $(DatePicker.class).id("evaluation-period-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("must not be before the start of the period");
        assertThat(evaluations.list(null, null, 200).items()).hasSize((int) before);
    }

    @Test
    void theDemoPilotHasAFinalEvaluationAndADraftComparedWithIt() {
        UI.getCurrent().navigate(EvaluationsView.class);
        List<EvaluationSummary> rows = $(Grid.class).id("evaluations").getGenericDataView().getItems().toList();
        assertThat(rows).filteredOn(row -> row.practiceName().equals("Intercultural workers in local public services"))
                .extracting(EvaluationSummary::status).contains(EvaluationStatus.FINAL, EvaluationStatus.DRAFT);
        var draft = rows.stream().filter(row -> row.status() == EvaluationStatus.DRAFT
                && row.practiceName().equals("Intercultural workers in local public services")).findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(EvaluationView.class, EvaluationView.parameters(draft.id()));
        assertThat($(com.vaadin.flow.component.html.Div.class).id("scorecard").getElement().getTextRecursively())
                .contains("Inclusivity & Participation", "Previous evaluation");
    }

    @Test
    void theDemoPilotIsEvaluatedEveryHalfYearOnASchedule() {
        UI.getCurrent().navigate(EvaluationsView.class);
        List<EvaluationSchedule> schedules = $(Grid.class).id("evaluation-schedules").getGenericDataView().getItems()
                .toList();
        assertThat(schedules).filteredOn(row -> row.practiceName().equals("Intercultural workers in local public"
                + " services")).singleElement().satisfies(schedule -> {
                    assertThat(schedule.cadence()).isEqualTo(ScheduleEvaluations.Cadence.HALF_YEARLY);
                    assertThat(schedule.nextPeriodTo()).as("the running half-year").isAfterOrEqualTo(LocalDate.now());
                });
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }
}
