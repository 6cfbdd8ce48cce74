package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.evaluation.Attachment;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationAttachments;
import org.inclusio.evaluation.EvaluationContent;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.ImprovementActionService;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.MetricValue;
import org.inclusio.evaluation.QuestionAnswer;
import org.inclusio.evaluation.Rating;
import org.inclusio.evaluation.Scorecard;
import org.inclusio.evaluation.Suggestion;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.identity.Colleagues;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One evaluation: its scorecard, then per criterion and guiding question the narrative and inspiring tools, and per
 * checklist item the rating, a note, the evidence and the suggested rating with its reason. A draft or one in review
 * is edited here; a final one is shown as it was locked. The report downloads as PDF and in the SPRING layout.
 */
@Route("evaluations/:evaluation([0-9a-fA-F-]{36})")
@RolesAllowed(Roles.MANAGER)
class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluations;
    private final FrameworkService frameworks;
    private final ImprovementActionService actions;
    private final Colleagues colleagues;
    private final FeedbackChannelService channels;
    private final ConsultationService consultations;
    private final EvaluationAttachments attachments;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private final Map<String, Select<Rating>> ratings = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new LinkedHashMap<>();
    private final Map<String, TextArea> narratives = new LinkedHashMap<>();
    private final Map<String, TextField> tools = new LinkedHashMap<>();
    private @Nullable Evaluation evaluation;

    EvaluationView(EvaluationService evaluations, FrameworkService frameworks, ImprovementActionService actions,
                   Colleagues colleagues, FeedbackChannelService channels, ConsultationService consultations,
                   EvaluationAttachments attachments) {
        this.attachments = attachments;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.actions = actions;
        this.colleagues = colleagues;
        this.channels = channels;
        this.consultations = consultations;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        this.numbers = NumberFormat.getNumberInstance(getLocale());
        setMaxWidth("72em");
    }

    static RouteParameters parameters(EvaluationId id) {
        return new RouteParameters("evaluation", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("evaluation").map(UUID::fromString).map(EvaluationId::new)
                .orElseThrow(NotFoundException::new);
        try {
            render(evaluations.get(id));
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void render(Evaluation shown) {
        evaluation = shown;
        removeAll();
        ratings.clear();
        notes.clear();
        narratives.clear();
        tools.clear();
        FrameworkDefinition framework = frameworks.get(shown.framework().id()).definition();
        boolean editable = shown.status() != EvaluationStatus.FINAL;
        var back = new Button(getTranslation("evaluation.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(EvaluationsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new H2(getTranslation("evaluation.of", shown.practiceName()));
        heading.setId("evaluation-heading");
        var status = new Span(getTranslation("evaluation.status." + shown.status().name()));
        status.getElement().getThemeList().add(shown.status() == EvaluationStatus.FINAL ? "badge success" : "badge");
        status.setId("evaluation-status");
        var header = new HorizontalLayout(heading, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(back, header, new Paragraph(framework.name() + " (v" + framework.version() + ") · "
                + dates.format(shown.periodFrom()) + " – " + dates.format(shown.periodTo())));
        if (shown.corrects() != null) {
            add(new Paragraph(getTranslation("evaluation.corrects")));
        }
        add(actions(shown), scorecard(evaluations.scorecard(shown.id())),
                new ParticipationSection(shown, evaluations, channels, consultations, editable, this::render));

        Map<String, ItemRating> rated = shown.ratings().stream()
                .collect(Collectors.toMap(ItemRating::item, Function.identity()));
        Map<String, QuestionAnswer> answered = shown.answers().stream()
                .collect(Collectors.toMap(QuestionAnswer::question, Function.identity()));
        Map<String, Suggestion> suggested = shown.suggestions().stream()
                .collect(Collectors.toMap(Suggestion::item, Function.identity()));
        Map<EvidenceMetric, MetricValue> evidence = shown.evidence().stream()
                .collect(Collectors.toMap(MetricValue::metric, Function.identity()));
        for (Section section : framework.sections()) {
            add(new H3(framework.sectionLabel() + ": " + section.title()));
            for (Question question : section.questions()) {
                add(question(question, answered.get(question.code()), editable));
                question.items().forEach(item -> add(item(item, rated.get(item.code()), suggested.get(item.code()),
                        evidence, editable)));
            }
        }
        add(new ActionsSection(actions, colleagues, shown.id(), framework.items().map(Item::code).toList()));
        if (editable) {
            var save = new Button(getTranslation("evaluation.save"), event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-evaluation");
            add(save);
        }
    }

    private Component actions(Evaluation shown) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        switch (shown.status()) {
            case DRAFT -> actions.add(move("submit-evaluation", "evaluation.submit", EvaluationStatus.IN_REVIEW));
            case IN_REVIEW -> actions.add(move("finalise-evaluation", "evaluation.finalise", EvaluationStatus.FINAL),
                    move("reopen-evaluation", "evaluation.reopen", EvaluationStatus.DRAFT));
            case FINAL -> {
                var correct = new Button(getTranslation("evaluation.correct"), VaadinIcon.COPY.create(), event -> {
                    var correction = evaluations.correct(shown.id());
                    getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, parameters(correction.id())));
                });
                correct.setId("correct-evaluation");
                actions.add(correct);
            }
        }
        actions.add(download("download-report", "evaluation.report", VaadinIcon.FILE_TEXT_O, "evaluation.pdf",
                "application/pdf", () -> evaluations.report(shown.id())));
        actions.add(download("download-spring-page", "evaluation.spring-page", VaadinIcon.DOWNLOAD,
                "evaluation-spring-page.txt", "text/plain;charset=UTF-8",
                () -> evaluations.springPage(shown.id()).getBytes(StandardCharsets.UTF_8)));
        return actions;
    }

    private Button move(String id, String key, EvaluationStatus to) {
        var button = new Button(getTranslation(key), event -> {
            if (evaluation == null) {
                return;
            }
            if (evaluation.status() != EvaluationStatus.FINAL && !save()) {
                return;
            }
            try {
                render(evaluations.move(evaluation.id(), evaluation.version(), to));
                notify(getTranslation("evaluation.moved." + to.name()));
            } catch (InvalidInputException e) {
                problem(e.errors().getFirst().message());
            }
        });
        button.setId(id);
        if (to == EvaluationStatus.FINAL) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Anchor download(String id, String key, VaadinIcon icon, String file, String type,
                            java.util.function.Supplier<byte[]> content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
        }), "");
        anchor.getElement().setAttribute("download", true);
        anchor.add(new Button(getTranslation(key), icon.create()));
        anchor.setId(id);
        return anchor;
    }

    private Component scorecard(Scorecard scorecard) {
        var card = new Div();
        card.setId("scorecard");
        card.addClassName("scorecard");
        card.add(new H3(getTranslation("evaluation.scorecard")));
        for (int i = 0; i < scorecard.criteria().size(); i++) {
            var criterion = scorecard.criteria().get(i);
            var row = new Div();
            row.addClassName("scorecard-row");
            var label = new Span(criterion.name());
            label.addClassName("scorecard-label");
            var track = new Div();
            track.addClassName("scorecard-track");
            track.add(bar(criterion.share(), "scorecard-bar"));
            if (scorecard.previous() != null && i < scorecard.previous().criteria().size()) {
                track.add(bar(scorecard.previous().criteria().get(i).share(), "scorecard-previous"));
            }
            var figures = new Span(percent(criterion.share()) + " · " + getTranslation("evaluation.counts",
                    criterion.met(), criterion.partlyMet(), criterion.notMet(), criterion.notApplicable(),
                    criterion.unrated()));
            figures.addClassName("scorecard-figures");
            row.add(label, track, figures);
            card.add(row);
        }
        var overall = new Paragraph(getTranslation("evaluation.overall", percent(scorecard.overall())) + " "
                + getTranslation("evaluation.reading." + scorecard.reading().name()));
        overall.setId("scorecard-reading");
        card.add(overall);
        if (scorecard.previous() != null) {
            card.add(new Paragraph(getTranslation("evaluation.previous", dates.format(scorecard.previous().periodTo()),
                    percent(scorecard.previous().overall()))));
        }
        return card;
    }

    private Div bar(@Nullable BigDecimal share, String className) {
        var bar = new Div();
        bar.addClassName(className);
        bar.getStyle().set("width", (share == null ? 0 : share.movePointRight(2).intValue()) + "%");
        return bar;
    }

    private Component question(Question question, @Nullable QuestionAnswer answer, boolean editable) {
        var narrative = new TextArea(getTranslation("evaluation.narrative"));
        narrative.setValue(answer == null || answer.narrative() == null ? "" : answer.narrative());
        narrative.setMaxLength(10_000);
        narrative.setWidthFull();
        narrative.setReadOnly(!editable);
        narrative.setId("narrative-" + question.code());
        var tool = new TextField(getTranslation("evaluation.tools"));
        tool.setHelperText(getTranslation("evaluation.tools.help"));
        tool.setValue(answer == null ? "" : String.join("; ", answer.inspiringTools()));
        tool.setWidthFull();
        tool.setReadOnly(!editable);
        narratives.put(question.code(), narrative);
        tools.put(question.code(), tool);
        var block = new Div(new H4(question.text()), narrative, tool, files(question, editable));
        block.addClassName("evaluation-question");
        return block;
    }

    /**
     * The files attached to the question, each to download (and remove while editable), and an upload. Files come
     * and go in place, so what is typed elsewhere on the page stays.
     */
    private Component files(Question question, boolean editable) {
        var files = new Div();
        files.addClassName("evaluation-files");
        files.setId("files-" + question.code());
        if (evaluation == null) {
            return files;
        }
        var shown = evaluation.id();
        evaluation.attachments().stream().filter(file -> file.question().equals(question.code()))
                .forEach(file -> files.add(fileRow(shown, file, editable)));
        if (editable) {
            var ui = UI.getCurrent();
            var upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
                try {
                    var attached = attachments.attach(shown, question.code(), metadata.fileName(), content);
                    ui.access(() -> files.addComponentAtIndex((int) files.getChildren()
                            .filter(child -> !(child instanceof Upload)).count(), fileRow(shown, attached, true)));
                } catch (InvalidInputException e) {
                    ui.access(() -> problem(metadata.fileName() + ": " + e.errors().getFirst().message()));
                }
            }));
            upload.setMaxFileSize(EvaluationAttachments.MAX_BYTES);
            upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".pptx", ".odt", ".ods",
                    ".odp", ".txt", ".csv");
            upload.setDropLabel(new Span(getTranslation("evaluation.files.drop")));
            upload.setUploadButton(new Button(getTranslation("evaluation.files.attach"), VaadinIcon.UPLOAD.create()));
            upload.setId("upload-" + question.code());
            files.add(upload);
        }
        return files;
    }

    private Component fileRow(EvaluationId evaluationId, Attachment file, boolean editable) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = attachments.download(evaluationId, file.id()).content();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.mediaType(),
                    bytes.length);
        }), file.fileName() + " (" + numbers.format(Math.max(1, file.size() / 1024)) + " KB)");
        link.getElement().setAttribute("download", true);
        var row = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), link);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("evaluation-file");
        if (editable) {
            var remove = new Button(getTranslation("evaluation.files.remove"), event -> {
                attachments.remove(evaluationId, file.id());
                row.removeFromParent();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("evaluation.files.remove") + " " + file.fileName());
            row.add(remove);
        }
        return row;
    }

    private Component item(Item item, @Nullable ItemRating rating, @Nullable Suggestion suggestion,
                           Map<EvidenceMetric, MetricValue> evidence, boolean editable) {
        var select = new Select<Rating>();
        select.setItems(Rating.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("evaluation.rating.none"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("evaluation.rating.none")
                : getTranslation("evaluation.rating." + value.name()));
        select.setAriaLabel(getTranslation("evaluation.rating") + " " + item.code());
        select.setValue(rating == null ? null : rating.rating());
        select.setReadOnly(!editable);
        select.setId("rating-" + item.code());
        var note = new TextField();
        note.setPlaceholder(getTranslation("evaluation.note"));
        note.setAriaLabel(getTranslation("evaluation.note") + " " + item.code());
        note.setValue(rating == null || rating.note() == null ? "" : rating.note());
        note.setMaxLength(4_000);
        note.setReadOnly(!editable);
        ratings.put(item.code(), select);
        notes.put(item.code(), note);
        var text = new Span(item.code() + " " + item.text());
        text.addClassName("evaluation-item-text");
        var controls = new HorizontalLayout(select, note);
        controls.setWrap(true);
        controls.setFlexGrow(1, note);
        var block = new Div(text, controls);
        block.addClassName("evaluation-item");
        block.setId("item-" + item.code());
        if (item.metrics().isEmpty()) {
            var narrativeOnly = new Span(getTranslation("evaluation.narrative-only"));
            narrativeOnly.addClassName("evaluation-evidence");
            block.add(narrativeOnly);
        } else {
            var panel = new Div();
            panel.addClassName("evaluation-evidence");
            item.metrics().stream().map(evidence::get).filter(java.util.Objects::nonNull)
                    .forEach(value -> panel.add(evidenceLine(value)));
            block.add(panel);
        }
        if (suggestion != null) {
            var hint = new Span(getTranslation("evaluation.suggested", getTranslation("evaluation.rating."
                    + suggestion.rating().name()), getTranslation("evaluation.rule." + suggestion.rule().name())));
            var suggestionRow = new Div(hint);
            suggestionRow.addClassName("evaluation-suggestion");
            suggestionRow.setId("suggestion-" + item.code());
            if (editable) {
                var use = new Button(getTranslation("evaluation.use-suggestion"),
                        event -> select.setValue(suggestion.rating()));
                use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                suggestionRow.add(use);
            }
            block.add(suggestionRow);
        }
        return block;
    }

    /** The figure, linked to the records behind it where a list of them exists. */
    private Component evidenceLine(MetricValue value) {
        String records = records(value.metric());
        if (records == null) {
            return new Div(metric(value));
        }
        var link = new Anchor(records, metric(value));
        link.getElement().setAttribute("title", getTranslation("evaluation.evidence.records"));
        return new Div(link);
    }

    /** Where the records of a metric are listed for the practice and period; the list shows only what one may see. */
    private @Nullable String records(EvidenceMetric metric) {
        if (evaluation == null) {
            return null;
        }
        String practice = evaluation.practice().toString();
        String period = "&from=" + evaluation.periodFrom() + "&to=" + evaluation.periodTo();
        return switch (metric) {
            case BENEFICIARIES_SERVED, SERVED_DIVERSITY, CONSULTATIONS_HELD, PARTICIPATORY_CONSULTATIONS,
                 QUARTERS_WITH_PARTICIPATORY_CONSULTATION, CONSULTATIONS_WITH_COMPENSATION, ACCOMMODATIONS_PROVIDED,
                 INTERPRETATION_PROVIDED, LANGUAGES_SERVED, PARTICIPANT_DIVERSITY, PARTICIPANT_AGE_BANDS,
                 RECEIVING_SOCIETY_PARTICIPANTS, PEOPLE_TRAINED, REFERRALS_MADE ->
                    "consultations?practice=" + practice + period;
            case FEEDBACK_RECEIVED, FEEDBACK_SHARE_ANSWERED, FEEDBACK_MEDIAN_DAYS_TO_ANSWER ->
                    "feedback?practice=" + practice + period;
            case OPEN_FEEDBACK_CHANNELS -> "feedback/channels";
            case PARTICIPATORY_ASSESSMENTS, FINDINGS_ACTED_ON -> "participatory-assessments";
            case PARTNERS, FUNDING_SOURCES, INDICATORS_ON_TRACK, INDICATORS_MEASURED -> "practices/" + practice;
            case NEEDS_ASSESSMENTS -> null;
        };
    }

    private String metric(MetricValue value) {
        String figure = value.value() == null ? "—" : value.metric().isShare()
                ? percent(value.value()) : numbers.format(value.value());
        return getTranslation("evaluation.metric." + value.metric().name()) + ": " + figure
                + (value.of() == null || value.metric().isShare() ? "" : " / " + numbers.format(value.of()));
    }

    private boolean save() {
        if (evaluation == null) {
            return false;
        }
        var content = new EvaluationContent(
                ratings.entrySet().stream().map(entry -> new ItemRating(entry.getKey(), entry.getValue().getValue(),
                        notes.get(entry.getKey()).getValue())).toList(),
                narratives.entrySet().stream().map(entry -> new QuestionAnswer(entry.getKey(),
                        entry.getValue().getValue(), Arrays.stream(tools.get(entry.getKey()).getValue().split(";"))
                        .map(String::strip).filter(tool -> !tool.isEmpty()).toList())).toList());
        try {
            render(evaluations.save(evaluation.id(), evaluation.version(), content));
            notify(getTranslation("evaluation.saved"));
            return true;
        } catch (StaleVersionException e) {
            problem(getTranslation("evaluation.stale"));
        } catch (InvalidInputException e) {
            problem(e.errors().getFirst().message());
        }
        return false;
    }

    private static void notify(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void problem(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String percent(@Nullable BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }

    @Override
    public String getPageTitle() {
        return (evaluation == null ? "" : getTranslation("evaluation.of", evaluation.practiceName())) + " | Inclusio";
    }
}
