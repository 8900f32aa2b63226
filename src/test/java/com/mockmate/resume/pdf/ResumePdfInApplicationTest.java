package com.mockmate.resume.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The renderer and the preview as the running application has them: headless, with no display to draw on. */
@IntegrationTest
class ResumePdfInApplicationTest {

    @Autowired
    ResumePdfRenderer renderer;

    @Autowired
    PdfPreview preview;

    @Test
    void draws_previews_in_the_headless_application() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();

        var pages = preview.pages(renderer.render(ResumeSamples.realistic()));

        assertThat(pages).hasSize(2).allSatisfy(png -> assertThat(png).hasSizeGreaterThan(10_000));
    }
}
