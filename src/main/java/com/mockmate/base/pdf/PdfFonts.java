package com.mockmate.base.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar and embedded (as a subset) in every PDF MockMate makes (reports, résumés), so that
 * text renders the same everywhere and stays selectable, including the ✓ and ✗ marks. A font object belongs to one
 * document, so each document gets new ones; the font programs are read once.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    public final PdfFont regular;
    public final PdfFont bold;

    public PdfFonts() {
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    private static PdfFont font(byte[] program) {
        try {
            return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font could not be read", e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
