package com.mockmate.report.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar and embedded (as a subset) in every PDF, so that text renders the same everywhere
 * and stays selectable, including the ✓ and ✗ marks. A font object belongs to one document, so each gets new ones.
 */
final class ReportFonts {

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    final PdfFont regular;
    final PdfFont bold;

    ReportFonts() {
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    private static PdfFont font(byte[] program) {
        try {
            return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The report font could not be read", e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
