package com.mockmate.resume.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * The pages of a résumé PDF as PNG images, for the preview beside the form: the candidate sees exactly what the PDF
 * looks like, drawn from the PDF itself. Rendering needs no display (Spring Boot runs headless); at 100 DPI an A4
 * page is 826 × 1169 pixels, sharp on screen and about 150 KB.
 */
@Component
public class PdfPreview {

    static final float DPI = 100;

    /** A résumé has one or two pages; a third is shown so that an overlong one is visible as such. */
    static final int MAX_PAGES = 3;

    /** Each page of a PDF as a PNG image, first page first, at most {@value #MAX_PAGES}. */
    public List<byte[]> pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), MAX_PAGES);
            var pages = new ArrayList<byte[]>(count);
            for (int page = 0; page < count; page++) {
                var image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                var png = new ByteArrayOutputStream(128 * 1024);
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be drawn", e);
        }
    }
}
