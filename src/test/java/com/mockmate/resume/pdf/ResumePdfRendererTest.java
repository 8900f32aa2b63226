package com.mockmate.resume.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ResumePdfRendererTest {

    static final List<String> STANDARD_HEADINGS =
            List.of("Summary", "Experience", "Education", "Skills", "Projects", "Certifications");

    final ResumePdfRenderer renderer = new ResumePdfRenderer();

    @Test
    void shows_every_standard_heading_in_order_in_the_text_as_read() throws IOException {
        var lines = PdfText.lines(renderer.render(ResumeSamples.realistic()));

        var headings = lines.stream()
                .filter(line -> STANDARD_HEADINGS.contains(line) || line.equals(ResumeSections.EVIDENCE_HEADING))
                .toList();
        assertThat(headings)
                .containsExactly(
                        "Summary",
                        "Experience",
                        "Education",
                        "Skills",
                        "Projects",
                        "Certifications",
                        "Verified by MockMate");
        assertThat(lines.subList(0, 3))
                .containsExactly(
                        "Jane Doe",
                        "Senior Backend Engineer",
                        "Berlin | jane.doe@example.com | jane-doe.dev | github.com/janedoe | linkedin.com/in/jane-doe");
    }

    @Test
    void shows_every_fact_of_the_profile_as_selectable_text() throws IOException {
        var text = PdfText.flat(renderer.render(ResumeSamples.realistic()));

        assertThat(text)
                .contains("Senior Software Engineer, Acme Robotics", "Mar 2021 – Present")
                .contains("Software Engineer, Parcelly GmbH", "Sep 2018 – Feb 2021")
                .contains("Junior Developer, Datalane", "Jul 2017 – Aug 2018")
                .contains("Built the shipment tracking platform for 1,200 merchants.")
                .contains("Cut p95 latency of the order API from 480 ms to 120 ms with PostgreSQL index tuning and a"
                        + " Redis read-through cache.")
                .contains("MSc Computer Science, TU Berlin", "2015 – 2017")
                .contains("BSc, Computer Science, University of Potsdam", "2012 – 2015")
                .contains(
                        "Java (Expert): Spring Boot, JPA, JUnit",
                        "Kotlin (Advanced)",
                        "AWS (Intermediate): S3, RDS, EKS")
                .contains("route-planner", "Solves 500-stop routes in under two seconds with a tabu search.")
                .contains("AWS Certified Developer – Associate, Amazon Web Services, May 2023")
                .contains("Certified Kubernetes Application Developer, CNCF, Nov 2022")
                .contains("Advanced in Java: 6 MockMate mock interviews, mean score 81.5/100");
    }

    @Test
    void leaves_out_a_section_with_nothing_in_it() throws IOException {
        var work = new Work("Acme Robotics", "Engineer", "2020", null, null, List.of("Built things."));
        var content = new ResumeContent(
                new Basics("Sam Lee", "Engineer", null, null, "", null, List.of()),
                List.of(work),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        var lines = PdfText.lines(renderer.render(content));

        assertThat(lines).contains("Experience", "Engineer, Acme Robotics", "2020 – Present");
        assertThat(lines)
                .doesNotContain("Summary", "Education", "Skills", "Projects", "Certifications", "Verified by MockMate");
    }

    @Test
    void renders_a_resume_with_nothing_in_it_as_one_page() throws IOException {
        var empty = new ResumeContent(null, null, null, null, null, null, null);

        try (var pdf = Loader.loadPDF(renderer.render(empty))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void embeds_every_font_and_draws_no_images() throws IOException {
        try (var pdf = Loader.loadPDF(renderer.render(ResumeSamples.realistic()))) {
            int fonts = 0;
            for (var page : pdf.getPages()) {
                var resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded())
                            .as("font %s", resources.getFont(name).getName())
                            .isTrue();
                    fonts++;
                }
                for (COSName name : resources.getXObjectNames()) {
                    assertThat(resources.getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void keeps_one_column_every_line_starts_at_the_left_margin() throws IOException {
        for (var content : List.of(ResumeSamples.realistic(), ResumeSamples.large())) {
            var starts = PdfText.lineStarts(renderer.render(content));

            assertThat(starts).hasSizeGreaterThan(40);
            float margin = starts.stream().min(Float::compare).orElseThrow();
            assertThat(margin).isBetween(30f, 60f);
            // Bullets and their wrapped lines are indented by a few points; a second column would start mid-page.
            assertThat(starts).allSatisfy(x -> assertThat(x).isBetween(margin, margin + 20));
        }
    }

    @Test
    void is_tagged_with_headings_and_lists_and_has_a_title_and_language() throws IOException {
        try (var pdf = Loader.loadPDF(renderer.render(ResumeSamples.realistic()))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Jane Doe – Senior Backend Engineer résumé");

            var roles = roles(catalog.getStructureTreeRoot());
            assertThat(roles.stream().filter("H1"::equals)).hasSize(1);
            assertThat(roles.stream().filter("H2"::equals)).hasSize(7);
            assertThat(roles).contains("H3", "L", "LI", "LBody", "P");
        }
    }

    @Test
    void fits_a_realistic_profile_on_one_or_two_pages_and_a_large_one_on_two() throws IOException {
        assertThat(pages(renderer.render(ResumeSamples.realistic()))).isBetween(1, 2);
        assertThat(pages(renderer.render(ResumeSamples.large()))).isEqualTo(2);
    }

    @Test
    void keeps_the_regular_type_size_when_the_resume_fits() throws IOException {
        var sizes = PdfText.fontSizes(renderer.render(ResumeSamples.realistic()));

        assertThat(sizes).contains(ResumeStyle.REGULAR.body());
        assertThat(sizes.stream().min(Float::compare).orElseThrow()).isGreaterThanOrEqualTo(9.5f);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static List<String> roles(PDStructureNode node) {
        var roles = new ArrayList<String>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                roles.add(element.getStandardStructureType());
                roles.addAll(roles(element));
            }
        }
        return roles;
    }

    /** The text as PDFBox reads it, in content order, which for a tagged one-column PDF is the reading order. */
    static final class PdfText {

        private PdfText() {}

        static String flat(byte[] pdf) throws IOException {
            return String.join(" ", lines(pdf));
        }

        static List<String> lines(byte[] pdf) throws IOException {
            try (var document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper()
                        .getText(document)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
            }
        }

        /** The x position of the first character of every line, on every page. */
        static List<Float> lineStarts(byte[] pdf) throws IOException {
            var starts = new ArrayList<Float>();
            var stripper = new PDFTextStripper() {
                boolean lineStart = true;

                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    if (lineStart && !positions.isEmpty()) {
                        starts.add(positions.getFirst().getXDirAdj());
                    }
                    lineStart = false;
                    super.writeString(text, positions);
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    lineStart = true;
                    super.writeLineSeparator();
                }

                @Override
                protected void writePageStart() throws IOException {
                    lineStart = true;
                    super.writePageStart();
                }
            };
            try (var document = Loader.loadPDF(pdf)) {
                stripper.getText(document);
            }
            return starts;
        }

        static List<Float> fontSizes(byte[] pdf) throws IOException {
            var sizes = new ArrayList<Float>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    for (var position : positions) {
                        sizes.add(position.getFontSize());
                    }
                    super.writeString(text, positions);
                }
            };
            try (var document = Loader.loadPDF(pdf)) {
                stripper.getText(document);
            }
            return sizes;
        }
    }
}
