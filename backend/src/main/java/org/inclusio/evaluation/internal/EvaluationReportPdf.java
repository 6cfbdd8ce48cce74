package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.Attachment;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.ImprovementAction;
import org.inclusio.evaluation.ItemRating;
import org.inclusio.evaluation.MetricValue;
import org.inclusio.evaluation.QuestionAnswer;
import org.inclusio.evaluation.Rating;
import org.inclusio.evaluation.Scorecard;
import org.inclusio.shared.pdf.EmbeddedFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation report: a cover with the scorecard chart and the handbook's reading, then per criterion the
 * narratives, inspiring tools and the checklist with each rating, then the evidence it was judged on.
 */
@Component
class EvaluationReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color MET = new Color(0x1f, 0x6f, 0xd1);
    private static final Color EARLIER = new Color(0xb0, 0xb7, 0xc3);
    private static final Color TRACK = new Color(0xee, 0xf0, 0xf3);

    private final BaseFont regular = EmbeddedFonts.load(EmbeddedFonts.LIBERATION_SANS);
    private final BaseFont bold = EmbeddedFonts.load(EmbeddedFonts.LIBERATION_SANS_BOLD);

    byte[] render(Evaluation evaluation, FrameworkDefinition framework, Scorecard scorecard,
                  List<ImprovementAction> actions, Instant generatedAt) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Evaluation of " + evaluation.practiceName());
            document.open();
            cover(document, writer, evaluation, framework, scorecard, generatedAt);
            Map<String, ItemRating> ratings = evaluation.ratings().stream()
                    .collect(Collectors.toMap(ItemRating::item, Function.identity()));
            Map<String, QuestionAnswer> answers = evaluation.answers().stream()
                    .collect(Collectors.toMap(QuestionAnswer::question, Function.identity()));
            for (Section section : framework.sections()) {
                document.newPage();
                document.add(new Paragraph(framework.sectionLabel() + ": " + section.title(), new Font(bold, 16)));
                for (Question question : section.questions()) {
                    question(document, question, answers.get(question.code()), evaluation.attachments().stream()
                            .filter(file -> file.question().equals(question.code())).toList(), ratings);
                }
            }
            actions(document, actions);
            evidence(document, evaluation);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The evaluation report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private void cover(Document document, PdfWriter writer, Evaluation evaluation, FrameworkDefinition framework,
                       Scorecard scorecard, Instant generatedAt) {
        document.add(new Paragraph("Evaluation of " + evaluation.practiceName(), new Font(bold, 22)));
        document.add(new Paragraph(framework.name() + " (version " + framework.version() + ")",
                new Font(regular, 12)));
        document.add(new Paragraph(DATE.format(evaluation.periodFrom()) + " – " + DATE.format(evaluation.periodTo())
                + " · " + status(evaluation), new Font(regular, 12)));
        document.add(new Paragraph("Generated " + GENERATED.format(generatedAt), new Font(regular, 9)));
        var participation = evaluation.participation();
        var taking = new Paragraph("Participation: " + (participation.channelName() == null
                ? "no feedback channel" : "beneficiaries' view through \u201c" + participation.channelName() + "\u201d")
                + "; " + (participation.workshopOn() == null ? "no evaluation workshop"
                : "evaluation workshop on " + DATE.format(participation.workshopOn()) + " with "
                + participation.workshopParticipants() + " participants") + ".", new Font(regular, 10));
        taking.setSpacingBefore(6);
        document.add(taking);
        var heading = new Paragraph("Scorecard: share of applicable items met", new Font(bold, 14));
        heading.setSpacingBefore(24);
        document.add(heading);
        chart(document, writer, scorecard);
        var overall = new Paragraph("Overall: " + percent(scorecard.overall()) + ". " + reading(scorecard.reading()),
                new Font(regular, 11));
        overall.setSpacingBefore(8);
        document.add(overall);
        var table = new PdfPTable(new float[] {4, 1, 1, 1, 1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String header : List.of(framework.sectionLabel(), "Met", "Partly", "Not met", "N/A", "Not rated")) {
            table.addCell(cell(header, true));
        }
        for (Scorecard.Criterion criterion : scorecard.criteria()) {
            table.addCell(cell(criterion.name(), false));
            for (int count : new int[] {criterion.met(), criterion.partlyMet(), criterion.notMet(),
                    criterion.notApplicable(), criterion.unrated()}) {
                table.addCell(cell(String.valueOf(count), false));
            }
        }
        document.add(table);
    }

    /** One bar per criterion: the share met now, and a thin grey one for the previous evaluation. */
    private void chart(Document document, PdfWriter writer, Scorecard scorecard) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left() + 170;
        float width = document.right() - left - 40;
        float top = writer.getVerticalPosition(true) - 14;
        float row = 26;
        for (int i = 0; i < scorecard.criteria().size(); i++) {
            var criterion = scorecard.criteria().get(i);
            float y = top - i * row;
            text(canvas, criterion.name(), document.left(), y + 2, 9);
            bar(canvas, left, y, width, 1, TRACK, 10);
            if (criterion.share() != null) {
                bar(canvas, left, y, width, criterion.share().floatValue(), MET, 10);
            }
            text(canvas, percent(criterion.share()), left + width + 6, y + 2, 9);
            if (scorecard.previous() != null && i < scorecard.previous().criteria().size()
                    && scorecard.previous().criteria().get(i).share() != null) {
                bar(canvas, left, y - 5, width, scorecard.previous().criteria().get(i).share().floatValue(), EARLIER,
                        3);
            }
        }
        float height = scorecard.criteria().size() * row + 6;
        var space = new Paragraph(" ");
        space.setLeading(height);
        document.add(space);
        if (scorecard.previous() != null) {
            document.add(new Paragraph("Grey: the previous evaluation, to " + DATE.format(scorecard.previous()
                    .periodTo()) + " (" + percent(scorecard.previous().overall()) + " overall).",
                    new Font(regular, 9)));
        }
    }

    private void question(Document document, Question question, @Nullable QuestionAnswer answer,
                          List<Attachment> files, Map<String, ItemRating> ratings) {
        var title = new Paragraph(question.text(), new Font(bold, 12));
        title.setSpacingBefore(14);
        document.add(title);
        String narrative = answer == null || answer.narrative() == null ? "No narrative yet." : answer.narrative();
        document.add(new Paragraph(narrative, new Font(regular, 10)));
        var named = new ArrayList<String>(answer == null ? List.of() : answer.inspiringTools());
        files.forEach(file -> named.add(file.fileName() + " (attached)"));
        if (!named.isEmpty()) {
            var tools = new Paragraph();
            tools.add(new Chunk("Inspiring tools: ", new Font(bold, 10)));
            tools.add(new Chunk(String.join("; ", named), new Font(regular, 10)));
            document.add(tools);
        }
        var checklist = new PdfPTable(new float[] {6, 1.6f, 3});
        checklist.setWidthPercentage(100);
        checklist.setSpacingBefore(6);
        for (Item item : question.items()) {
            ItemRating rating = ratings.get(item.code());
            checklist.addCell(cell(item.text(), false));
            checklist.addCell(cell(rating == null || rating.rating() == null ? "Not rated" : label(rating.rating()),
                    true));
            checklist.addCell(cell(rating == null || rating.note() == null ? "" : rating.note(), false));
        }
        document.add(checklist);
    }

    private void actions(Document document, List<ImprovementAction> actions) {
        document.newPage();
        document.add(new Paragraph("Improvement actions", new Font(bold, 16)));
        if (actions.isEmpty()) {
            document.add(new Paragraph("None raised.", new Font(regular, 10)));
            return;
        }
        var table = new PdfPTable(new float[] {5, 1, 2.4f, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String header : List.of("Action", "Item", "Owner", "Due", "Done")) {
            table.addCell(cell(header, true));
        }
        for (ImprovementAction action : actions) {
            table.addCell(cell(action.description(), false));
            table.addCell(cell(action.item() == null ? "" : action.item(), false));
            table.addCell(cell(action.ownerName(), false));
            table.addCell(cell(DATE.format(action.dueOn()) + (action.overdue() ? " (overdue)" : ""), false));
            table.addCell(cell(action.done() == null ? "open" : DATE.format(action.done()), false));
        }
        document.add(table);
    }

    private void evidence(Document document, Evaluation evaluation) {
        document.newPage();
        document.add(new Paragraph(evaluation.status() == EvaluationStatus.FINAL
                ? "Evidence the evaluation was judged on (frozen when it became final)"
                : "Evidence for the period, as computed now", new Font(bold, 16)));
        var table = new PdfPTable(new float[] {3, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (MetricValue value : evaluation.evidence()) {
            table.addCell(cell(value.metric().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT), true));
            table.addCell(cell(value.detail(), false));
        }
        document.add(table);
    }

    private PdfPCell cell(String text, boolean strong) {
        var cell = new PdfPCell(new Phrase(text, new Font(strong ? bold : regular, 9)));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private void text(PdfContentByte canvas, String text, float x, float y, float size) {
        canvas.beginText();
        canvas.setFontAndSize(regular, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text.length() > 32 ? text.substring(0, 31) + "…" : text);
        canvas.endText();
    }

    private static void bar(PdfContentByte canvas, float x, float y, float width, float share, Color color,
                            float height) {
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.rectangle(x, y, Math.max(0, Math.min(1, share)) * width, height);
        canvas.fill();
        canvas.restoreState();
    }

    private static String status(Evaluation evaluation) {
        return switch (evaluation.status()) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case FINAL -> "Final, " + GENERATED.format(evaluation.finalisedAt());
        };
    }

    static String reading(Scorecard.Reading reading) {
        return switch (reading) {
            case FULLY_EMBRACING -> "Every applicable item is met: the practice fully embraces the approach.";
            case IMPROVE -> "Some items are not met: the way the service is designed or provided still has to"
                    + " improve.";
            case DEEP_REFLECTION_NEEDED -> "No item is met: the organisation needs to reflect deeply on its services.";
            case NOT_RATED_YET -> "Nothing is rated yet.";
        };
    }

    private static String label(Rating rating) {
        return switch (rating) {
            case MET -> "Met";
            case PARTLY_MET -> "Partly met";
            case NOT_MET -> "Not met";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    private static String percent(@Nullable BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }
}
