package org.inclusio.feedback.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The poster's rendering; {@code FeedbackPosterTests} (ui) covers who may download it through the service. */
class FeedbackPosterPdfTests {

    static final List<String> EVERY_LANGUAGE =
            List.of("en", "ar", "fa", "uk", "ru", "fr", "es", "tr", "so", "ti", "ps", "cs");
    private static final URI ADDRESS = URI.create("https://inclusio.example.org/f/q3Zt7xV0bN9kLmPa2sRw8Q");

    private final FeedbackPosterPdf posters = new FeedbackPosterPdf(null, null);

    @Test
    void everyOfferedLanguageHasAnInvitation() {
        assertThat(FeedbackPosterPdf.invitations()).containsOnlyKeys(EVERY_LANGUAGE);
    }

    @Test
    void everyInvitationIsSetInAFontThatHasAllItsCharacters() {
        FeedbackPosterPdf.invitations().forEach((language, text) -> text.codePoints().forEach(character ->
                assertThat(posters.fontFor(language).charExists(character))
                        .as("%s: U+%04X", language, character).isTrue()));
    }

    @Test
    void oneA4PageWithTheAddressAndTheInvitationsOfTheLatinAndCyrillicLanguages() throws Exception {
        byte[] pdf = posters.render("Demo City", ADDRESS, EVERY_LANGUAGE);

        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(PageSize.A4.getHeight());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text.replace("\n", "")).contains(ADDRESS.toString());
        assertThat(text).contains("Demo City", "Tell us what you think — it is anonymous.",
                "Скажіть нам, що ви думаєте, — це анонімно.", "Скажите нам, что вы думаете, — это анонимно.",
                "Dites-nous ce que vous en pensez — c’est anonyme.", "Díganos lo que piensa — es anónimo.",
                "Düşüncenizi bize söyleyin — isminizi sormuyoruz.",
                "Noo sheeg fikraddaada — magacaaga lama weydiinayo.", "Řekněte nám, co si myslíte — je to anonymní.");
        reader.close();
    }

    @Test
    void onlyTheChannelsLanguagesAreOnThePoster() throws Exception {
        byte[] pdf = posters.render("Demo City", ADDRESS, List.of("cs", "uk"));

        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Řekněte nám", "Скажіть нам").doesNotContain("Tell us", "Скажите нам");
        reader.close();
    }

    @Test
    void theQrCodeReadsAsTheFormsAddress() throws Exception {
        BitMatrix matrix = FeedbackPosterPdf.qrMatrix(ADDRESS.toString());
        int scale = 4;
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(ADDRESS.toString());
    }
}
