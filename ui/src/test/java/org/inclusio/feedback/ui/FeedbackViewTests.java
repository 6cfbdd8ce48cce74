package org.inclusio.feedback.ui;

import org.inclusio.shared.statistics.Cell;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.EnterFeedback;
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.FeedbackPosters;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.Triage;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback views with the real services behind them, signed in as the demo accounts. */
@SignedInTest
@WithDemoUser("city-manager")
class FeedbackViewTests extends SpringBrowserlessTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    FeedbackChannelService channels;

    @Autowired
    FeedbackPosters posters;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aFilterInTheUrlNarrowsTheInboxAndOpensTheDetailWithTheCommentAsText() {
        String marker = suffix();
        FeedbackId suggestion = enter(FeedbackCategory.SUGGESTION, "<b>Longer opening hours</b> " + marker);
        enter(FeedbackCategory.COMPLAINT, "The queue was long " + marker);

        UI.getCurrent().navigate("feedback", QueryParameters.simple(Map.of("category", "SUGGESTION")));

        assertThat(this.<FeedbackCategory>select("feedback-filter-category").getValue())
                .isEqualTo(FeedbackCategory.SUGGESTION);
        List<Feedback> rows = inbox();
        assertThat(rows).isNotEmpty().allMatch(row -> row.category() == FeedbackCategory.SUGGESTION);
        assertThat(rows).extracting(Feedback::id).contains(suggestion);
        assertThat(rows).extracting(Feedback::comment).noneMatch(comment -> ("The queue was long " + marker)
                .equals(comment));

        UI.getCurrent().navigate(FeedbackDetailView.class, FeedbackDetailView.parameters(suggestion));
        Paragraph comment = $(Paragraph.class).id("feedback-comment");
        assertThat(comment.getText()).isEqualTo("<b>Longer opening hours</b> " + marker);
        assertThat(comment.getElement().getChildren()).as("text, not markup").allMatch(Element::isTextNode);
        assertThat(comment.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void triageSavesAndAStaleVersionShowsAnInlineMessageAndSavesNothing() {
        FeedbackId id = enter(FeedbackCategory.COMPLAINT, "Nobody called back " + suffix());
        UI.getCurrent().navigate(FeedbackDetailView.class, FeedbackDetailView.parameters(id));

        this.<FeedbackStatus>select("triage-status").setValue(FeedbackStatus.ACKNOWLEDGED);
        test($(Button.class).id("triage-save")).click();
        Feedback acknowledged = feedback.get(id);
        assertThat(acknowledged.status()).isEqualTo(FeedbackStatus.ACKNOWLEDGED);

        // a colleague saves in between
        feedback.triage(id, acknowledged.version(), new Triage(FeedbackStatus.IN_REVIEW, null, null, null, null,
                null));
        this.<FeedbackStatus>select("triage-status").setValue(FeedbackStatus.ANSWERED);
        test($(TextArea.class).id("triage-reply")).setValue("We will call you this week.");
        test($(Button.class).id("triage-save")).click();

        Div stale = $(Div.class).id("triage-stale");
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getElement().getTextRecursively()).contains("Someone else changed this in the meantime");
        Feedback stored = feedback.get(id);
        assertThat(stored.status()).isEqualTo(FeedbackStatus.IN_REVIEW);
        assertThat(stored.publicReply()).isNull();
    }

    @Test
    @WithDemoUser("city-caseworker")
    void paperFeedbackTypedInShowsTheReceiptCodeToHandOver() {
        UI.getCurrent().navigate(FeedbackIntakeView.class);
        Select<FeedbackChannel> channel = select("intake-channel");
        channel.setValue(demoChannel());
        this.<IntakeChannel>select("intake-intake").setValue(IntakeChannel.PHONE);
        this.<FeedbackCategory>select("intake-category").setValue(FeedbackCategory.QUESTION);
        String comment = "When does the German course start? " + suffix();
        test($(TextArea.class).id("intake-comment")).setValue(comment);

        test($(Button.class).id("intake-save")).click();

        String code = $(Span.class).id("intake-receipt-code").getText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+");
        assertThat(feedback.list(FeedbackFilter.NONE, null, 50).items()).anySatisfy(item -> {
            assertThat(item.comment()).isEqualTo(comment);
            assertThat(item.intake()).isEqualTo(IntakeChannel.PHONE);
        });
    }

    @Test
    void aManagerSeesOnlyHowManySensitiveReportsThereAre() {
        String serious = "Staff asked me for money " + suffix();
        submit(FeedbackCategory.SERIOUS, serious);

        UI.getCurrent().navigate("feedback");

        assertThat(inbox()).extracting(Feedback::comment).doesNotContain(serious);
        assertThat(inbox()).noneMatch(Feedback::sensitive);
        Paragraph hidden = $(Paragraph.class).id("feedback-hidden-sensitive");
        assertThat(hidden.isVisible()).isTrue();
        assertThat(hidden.getText()).matches("\\d+ sensitive reports are visible only to the protection focal point.");
        assertThat($(Anchor.class).all()).noneMatch(anchor -> "sensitive-alert".equals(anchor.getId().orElse("")));
    }

    @Test
    @WithDemoUser("city-focal-point")
    void theFocalPointSeesSensitiveReportsAndIsAlerted() {
        String serious = "Someone threatened me at the office " + suffix();
        submit(FeedbackCategory.SERIOUS, serious);

        UI.getCurrent().navigate("feedback", QueryParameters.simple(Map.of("category", "SERIOUS")));

        assertThat(inbox()).extracting(Feedback::comment).contains(serious);
        Anchor alert = $(Anchor.class).id("sensitive-alert");
        assertThat(alert.getText()).matches("New sensitive reports: \\d+");
        assertThat(alert.getHref()).isEqualTo("feedback?category=SERIOUS");
    }

    @Test
    void smallFiguresReadFewerThanKNotZero() {
        // a day of its own: the test database outlives test runs
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(new java.util.Random().nextInt(7000));
        FeedbackChannel channel = channels.create(new ChannelDetails("Figures test " + suffix(), null, List.of("so"),
                LocalDate.of(2000, 1, 1), null, null, List.of()));
        feedback.enter(new EnterFeedback(channel.id(), IntakeChannel.PAPER, day,
                new FeedbackForm("so", FeedbackCategory.COMPLIMENT, 5, Map.of(), null)));

        UI.getCurrent().navigate("feedback/figures",
                QueryParameters.simple(Map.of("from", day.toString(), "to", day.toString())));

        assertThat($(Span.class).id("figures-total").getText()).isEqualTo("fewer than 5");
        Grid<Cell> byLanguage = $(Grid.class).id("figures-by-language");
        assertThat(byLanguage.getGenericDataView().getItems().toList()).allMatch(Cell::suppressed);
        assertThat(test(byLanguage).getCellText(0, 1)).isEqualTo("fewer than 5");
    }

    @Test
    @WithDemoUser("city-caseworker")
    void theDemoChannelsPosterIsOneA4PageWithItsAddress() throws Exception {
        FeedbackChannel channel = demoChannel();

        var reader = new PdfReader(posters.poster(channel.id()));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text.replace("\n", "")).contains(channel.publicUrl().toString());
        assertThat(text).contains("Demo City", "Tell us what you think — it is anonymous.");
        reader.close();
    }

    private FeedbackChannel demoChannel() {
        return channels.list().stream().filter(FeedbackChannel::open)
                .filter(channel -> channel.details().languages().contains("en")).findFirst().orElseThrow();
    }

    /** Feedback on paper in the demo channel; its id as the inbox lists it (not for sensitive reports). */
    private FeedbackId enter(FeedbackCategory category, String comment) {
        FeedbackChannel channel = submit(category, comment);
        return feedback.list(new FeedbackFilter(channel.id(), category, null, null, null, null, null, null, false, null),
                        null, 200).items().stream().filter(item -> comment.equals(item.comment())).findFirst()
                .map(Feedback::id).orElseThrow(() -> new AssertionError("entered feedback not listed: " + comment));
    }

    private FeedbackChannel submit(FeedbackCategory category, String comment) {
        FeedbackChannel channel = demoChannel();
        feedback.enter(new EnterFeedback(channel.id(), IntakeChannel.PAPER, LocalDate.now(),
                new FeedbackForm("en", category, 3, Map.of(), comment)));
        return channel;
    }

    @SuppressWarnings("unchecked")
    private List<Feedback> inbox() {
        Grid<Feedback> grid = $(Grid.class).id("feedback-grid");
        return grid.getLazyDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
