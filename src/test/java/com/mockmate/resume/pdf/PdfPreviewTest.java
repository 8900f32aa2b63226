package com.mockmate.resume.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PdfPreviewTest {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final ResumePdfRenderer renderer = new ResumePdfRenderer();
    final PdfPreview preview = new PdfPreview();

    @Test
    void draws_each_page_as_a_png_of_an_a4_page_at_screen_resolution() throws IOException {
        var pages = preview.pages(renderer.render(ResumeSamples.realistic()));

        assertThat(pages).hasSize(2);
        for (var png : pages) {
            assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            // A4 is 595.3 × 841.9 pt: 826.8 × 1169.3 pixels at 100 DPI, truncated.
            assertThat(image.getWidth()).isEqualTo(826);
            assertThat(image.getHeight()).isEqualTo(1169);
        }
    }

    @Test
    void draws_the_text_so_a_page_is_not_blank() throws IOException {
        var first = ImageIO.read(new ByteArrayInputStream(
                preview.pages(renderer.render(ResumeSamples.realistic())).getFirst()));

        int dark = 0;
        for (int y = 0; y < first.getHeight(); y += 2) {
            for (int x = 0; x < first.getWidth(); x += 2) {
                int rgb = first.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(2_000);
    }

    @Test
    void draws_at_most_three_pages() {
        var work = new ArrayList<Work>();
        for (int i = 0; i < 60; i++) {
            work.add(new Work(
                    "Employer " + i,
                    "Engineer",
                    "2001",
                    "2002",
                    "Did a great many things.",
                    List.of(
                            "One thing that took a long sentence to describe in full detail, with numbers and tools.",
                            "Another thing that took a long sentence to describe in full detail, with numbers.")));
        }
        var long_ = new ResumeContent(null, work, null, null, null, null, null);

        assertThat(preview.pages(renderer.render(long_))).hasSize(PdfPreview.MAX_PAGES);
    }

    @Test
    void refuses_what_is_not_a_pdf() {
        assertThatThrownBy(() -> preview.pages("not a pdf".getBytes())).isInstanceOf(UncheckedIOException.class);
    }
}
