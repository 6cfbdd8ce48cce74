package org.inclusio.feedback.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackPosters;
import org.inclusio.tenant.OrganisationService;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The A4 poster of a feedback channel: the organisation's name, a big QR code of the form's address, the address in
 * large print and a one-line invitation in every language the channel offers.
 * <p>
 * Latin and Cyrillic lines are set in Liberation Sans; Arabic, Farsi and Pashto in Noto Sans Arabic, right to left and
 * shaped by the JDK's text layout (OpenPDF's {@link LayoutProcessor}: letters join as the script requires, Pashto's
 * own letters included); Tigrinya in Noto Sans Ethiopic. The Noto fonts are copied into the jar at build time (see
 * {@code backend/src/build/fetch-poster-fonts.sh}). A language without an invitation text gets no line rather than
 * one in the wrong language.
 */
@Component
class FeedbackPosterPdf implements FeedbackPosters {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ps");
    private static final Set<String> ETHIOPIC = Set.of("ti", "am");
    private static final float MARGIN = 48;
    private static final float LARGEST_QR = 330;
    private static final float INVITATION_SIZE = 16;
    private static final float LINE = 27;

    private final FeedbackChannelService channels;
    private final OrganisationService organisations;
    private final Map<String, String> invitations;
    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont arabic;
    private final BaseFont ethiopic;

    FeedbackPosterPdf(FeedbackChannelService channels, OrganisationService organisations) {
        this.channels = channels;
        this.organisations = organisations;
        this.invitations = invitations();
        this.latin = font("liberation/LiberationSans-Regular.ttf", false);
        this.latinBold = font("liberation/LiberationSans-Bold.ttf", false);
        this.ethiopic = font("fonts/poster/NotoSansEthiopic-Regular.ttf", false);
        // OpenPDF's glyph layout is switched on for the whole JVM but applies only to fonts loaded for it after that:
        // here the Arabic one. Fonts created before, here and in other PDFs, keep OpenPDF's own text output.
        LayoutProcessor.enable();
        this.arabic = font("fonts/poster/NotoSansArabic-Regular.ttf", true);
        LayoutProcessor.setRunDirectionRtl(new Font(arabic));
    }

    @Override
    public byte[] poster(FeedbackChannelId id) {
        FeedbackChannel channel = channels.get(id);
        return render(organisations.current().name(), channel.publicUrl(), channel.details().languages());
    }

    byte[] render(String organisationName, URI publicUrl, List<String> languages) {
        List<String> offered = languages.stream().filter(invitations::containsKey).distinct().toList();
        if (offered.isEmpty()) {
            offered = List.of("en");
        }
        var out = new ByteArrayOutputStream();
        var page = PageSize.A4;
        var document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(organisationName + " — " + publicUrl);
            document.open();
            // Drawn at fixed places rather than flowed, so that everything is on one page and centred exactly (the
            // flowing layout measures Arabic before shaping and would put those lines off centre).
            PdfContentByte canvas = writer.getDirectContent();
            float centre = page.getWidth() / 2;
            float width = page.getWidth() - 2 * MARGIN;
            float y = page.getHeight() - MARGIN - 26;

            centred(canvas, latinBold, fitting(latinBold, 26, organisationName, width), organisationName, centre, y);
            y -= 24;

            float qrSize = Math.min(LARGEST_QR, y - MARGIN - 60 - LINE * offered.size());
            canvas.addTemplate(qrCode(canvas, publicUrl.toString(), qrSize), centre - qrSize / 2, y - qrSize);
            y -= qrSize + 30;

            String address = publicUrl.toString();
            centred(canvas, latinBold, fitting(latinBold, 22, address, width), address, centre, y);
            y -= 44;

            for (String language : offered) {
                String text = invitations.get(language);
                BaseFont font = fontFor(language);
                if (font == arabic) {
                    rightToLeftCentred(canvas, text, centre, y);
                } else {
                    centred(canvas, font, fitting(font, INVITATION_SIZE, text, width), text, centre, y);
                }
                y -= LINE;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The poster could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    BaseFont fontFor(String language) {
        return RIGHT_TO_LEFT.contains(language) ? arabic : ETHIOPIC.contains(language) ? ethiopic : latin;
    }

    private static float fitting(BaseFont font, float largest, String text, float width) {
        return Math.min(largest, width / font.getWidthPoint(text, 1));
    }

    private static void centred(PdfContentByte canvas, BaseFont font, float size, String text, float centre,
                                float baseline) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, centre, baseline, 0);
        canvas.endText();
    }

    /** Shaped and ordered by the JDK's text layout; centred by the width of the shaped glyphs. */
    private void rightToLeftCentred(PdfContentByte canvas, String text, float centre, float baseline) {
        float width = (float) LayoutProcessor.computeGlyphVector(arabic, INVITATION_SIZE, text).getLogicalBounds()
                .getWidth();
        canvas.beginText();
        canvas.setFontAndSize(arabic, INVITATION_SIZE);
        canvas.setTextMatrix(centre - width / 2, baseline);
        LayoutProcessor.showText(canvas, arabic, INVITATION_SIZE, text);
        canvas.endText();
    }

    /** The modules of the QR code, with its quiet zone. */
    static BitMatrix qrMatrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("The address does not fit in a QR code", e);
        }
    }

    /** The QR code as filled squares (vector, sharp at any print size), one rectangle per run of dark modules. */
    private static PdfTemplate qrCode(PdfContentByte canvas, String content, float size) {
        BitMatrix matrix = qrMatrix(content);
        int modules = matrix.getWidth();
        float module = size / modules;
        PdfTemplate template = canvas.createTemplate(size, size);
        template.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                // PDF's y axis points up; the matrix's first row is the top of the code.
                template.rectangle(runStart * module, size - (row + 1) * module, (column - runStart) * module,
                        module);
            }
        }
        template.fill();
        return template;
    }

    /** The invitation texts by language code, from {@code i18n/poster.properties}. */
    static Map<String, String> invitations() {
        var properties = new Properties();
        try (var in = FeedbackPosterPdf.class.getClassLoader().getResourceAsStream("i18n/poster.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/poster.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var texts = new HashMap<String, String>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key.substring("invitation.".length()), properties.getProperty(key));
        }
        return Map.copyOf(texts);
    }

    private static BaseFont font(String resource, boolean glyphLayout) {
        try {
            if (glyphLayout) {
                // Created from its resource name so that OpenPDF also loads it for the JDK's glyph layout.
                return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            try (var in = FeedbackPosterPdf.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the classpath");
                }
                return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " cannot be embedded", e);
        }
    }
}
