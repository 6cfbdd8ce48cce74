package org.inclusio.privacy.internal;

import org.inclusio.privacy.DataSubjectExport;
import org.inclusio.shared.pdf.EmbeddedFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The export as a document a person can read: one heading per feature, one line per field, lists numbered. Field
 * names are spelled out ({@code preferredLanguage} → "Preferred language"). Liberation Sans is embedded so that
 * names in Latin, Cyrillic and Greek scripts print as typed.
 */
@Component
class DataSubjectPdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JsonMapper json;
    private final BaseFont regular;
    private final BaseFont bold;

    DataSubjectPdf(JsonMapper json) {
        this.json = json;
        this.regular = EmbeddedFonts.load(EmbeddedFonts.LIBERATION_SANS);
        this.bold = EmbeddedFonts.load(EmbeddedFonts.LIBERATION_SANS_BOLD);
    }

    byte[] render(DataSubjectExport export) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Data held about " + export.caseNumber());
            document.open();
            document.add(new Paragraph("Data held about " + export.caseNumber(), new Font(bold, 18)));
            document.add(new Paragraph(export.organisation() + " · " + GENERATED.format(export.generatedAt()),
                    new Font(regular, 10)));
            for (Map.Entry<String, Object> section : export.sections().entrySet()) {
                var heading = new Paragraph(label(section.getKey()), new Font(bold, 14));
                heading.setSpacingBefore(14);
                document.add(heading);
                write(document, json.valueToTree(section.getValue()), 0);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The export could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private void write(Document document, JsonNode node, int depth) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                JsonNode value = field.getValue();
                if (value.isNull() || (value.isContainer() && value.isEmpty())) {
                    continue;
                }
                if (value.isValueNode() || isListOfValues(value)) {
                    var line = new Paragraph();
                    line.setIndentationLeft(depth * 14f);
                    line.add(new Chunk(label(field.getKey()) + ": ", new Font(bold, 10)));
                    line.add(new Chunk(text(value), new Font(regular, 10)));
                    document.add(line);
                } else {
                    var heading = new Paragraph(label(field.getKey()), new Font(bold, 11));
                    heading.setIndentationLeft(depth * 14f);
                    heading.setSpacingBefore(4);
                    document.add(heading);
                    write(document, value, depth + 1);
                }
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                var none = new Paragraph("—", new Font(regular, 10));
                none.setIndentationLeft(depth * 14f);
                document.add(none);
            }
            int number = 1;
            for (JsonNode item : node) {
                var heading = new Paragraph("#" + number++, new Font(bold, 10));
                heading.setIndentationLeft(depth * 14f);
                heading.setSpacingBefore(6);
                document.add(heading);
                write(document, item, depth + 1);
            }
        } else if (!node.isNull()) {
            var value = new Paragraph(text(node), new Font(regular, 10));
            value.setIndentationLeft(depth * 14f);
            document.add(value);
        }
    }

    private static boolean isListOfValues(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            var joined = new StringBuilder();
            for (JsonNode item : value) {
                joined.append(joined.isEmpty() ? "" : ", ").append(item.asString());
            }
            return joined.toString();
        }
        return value.asString();
    }

    /** {@code preferredLanguage} → "Preferred language". */
    static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
