package org.inclusio.shared.pdf;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Fonts from the class path, embedded in the PDF with Unicode (Identity-H) encoding. */
public final class EmbeddedFonts {

    public static final String LIBERATION_SANS = "liberation/LiberationSans-Regular.ttf";
    public static final String LIBERATION_SANS_BOLD = "liberation/LiberationSans-Bold.ttf";

    private EmbeddedFonts() {
    }

    public static BaseFont load(String resource) {
        try (var in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " cannot be embedded", e);
        }
    }
}
