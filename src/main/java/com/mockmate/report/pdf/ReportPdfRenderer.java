package com.mockmate.report.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.mockmate.base.pdf.PdfFonts;
import com.mockmate.report.service.SessionReport;
import com.mockmate.report.service.SessionReport.AnswerReport;
import com.mockmate.report.service.SessionReport.QuestionReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws a report as a tagged PDF: headings, lists and paragraphs in reading order, real text in an embedded
 * font, the document title shown by viewers, and the score bars marked as decoration because their figures are
 * printed beside them.
 */
@Component
public class ReportPdfRenderer {

    static final List<String> DIMENSIONS = List.of("technical", "depth", "communication", "grammar");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public byte[] render(SessionReport report) {
        var out = new ByteArrayOutputStream();
        var properties =
                new WriterProperties().setPdfVersion(PdfVersion.PDF_1_7).addXmpMetadata();
        try (var pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString("en"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            describe(pdf.getDocumentInfo(), report);
            var fonts = new PdfFonts();
            try (var document = new Document(pdf, PageSize.A4)) {
                document.setFont(fonts.regular).setFontSize(10);
                document.setMargins(48, 48, 48, 48);
                new Writer(document, new PdfBlocks(document, fonts)).write(report);
            }
        }
        return out.toByteArray();
    }

    private static void describe(PdfDocumentInfo info, SessionReport report) {
        info.setTitle("Interview report: " + report.testTitle());
        info.setSubject("MockMate mock interview of " + date(report));
        info.setCreator("MockMate");
    }

    private static String date(SessionReport report) {
        return DATE.format(report.completedAt() == null ? report.startedAt() : report.completedAt());
    }

    /** One document's writing, with its fonts. */
    private record Writer(Document document, PdfBlocks blocks) {

        void write(SessionReport report) {
            blocks.heading("Interview report: " + report.testTitle(), StandardRoles.H1, 18);
            blocks.line(
                    "Completed " + date(report) + " · rated by "
                            + report.evaluator().label(),
                    PdfBlocks.MUTED);
            if (report.total() != null) {
                blocks.heading("Total score: " + score(report.total()) + " / 100", StandardRoles.H2, 14);
            }
            scoreBars(report);
            summary(report);
            for (var question : report.questions()) {
                question(question);
            }
        }

        private void scoreBars(SessionReport report) {
            blocks.heading("Scores by dimension", StandardRoles.H2, 13);
            for (var dimension : DIMENSIONS) {
                var mean = mean(report, dimension);
                blocks.line(capitalised(dimension) + ": " + (mean == null ? "not rated" : score(mean)), null);
                if (mean != null && mean.signum() > 0) {
                    blocks.bar(mean.floatValue());
                }
            }
        }

        /** The written summary once it is there; until then (or for a practice) the one made at completion. */
        private void summary(SessionReport report) {
            var written = report.writtenSummary();
            if (written != null && !written.writing() && written.writtenBy() != null) {
                blocks.heading("Summary", StandardRoles.H2, 13);
                blocks.line("Written by: " + written.writtenBy().label(), PdfBlocks.MUTED);
                if (written.overallFeedback() != null) {
                    document.add(new Paragraph(written.overallFeedback()));
                }
                blocks.listOf("Strengths", written.strengths());
                blocks.listOf(
                        "To work on",
                        written.improvements().stream()
                                .map(i -> i.improvement() + " Next step: " + i.nextStep())
                                .toList());
                if (written.recommendedNextTopic() != null) {
                    blocks.line("Recommended next topic: " + written.recommendedNextTopic(), null);
                }
                return;
            }
            var summary = report.summary();
            if (summary == null) {
                return;
            }
            blocks.heading("Summary", StandardRoles.H2, 13);
            if (summary.get("overallFeedback") instanceof String overall) {
                document.add(new Paragraph(overall));
            }
            blocks.listOf("Strengths", summary.get("strengths"));
            blocks.listOf("To work on", summary.get("weaknesses"));
        }

        private void question(QuestionReport question) {
            blocks.heading("Question " + question.position() + ": " + question.text(), StandardRoles.H2, 13);
            blocks.line("Topic: " + question.topic(), PdfBlocks.MUTED);
            for (var answer : question.answers()) {
                answer(answer);
            }
            blocks.marks("Key points covered", "✓ ", question.keyPointsCovered());
            blocks.marks("Key points missed", "✗ ", question.keyPointsMissed());
            if (question.exampleAnswer() != null) {
                blocks.heading("Example answer", StandardRoles.H3, 11);
                document.add(new Paragraph(question.exampleAnswer()));
            }
        }

        private void answer(AnswerReport answer) {
            blocks.heading(
                    answer.followUpIndex() == 0 ? "Your answer" : "Follow-up: " + answer.prompt(),
                    StandardRoles.H3,
                    11);
            blocks.quoted(answer.answer());
            for (var dimension : answer.dimensions()) {
                var rating = new Paragraph()
                        .add(new Text(capitalised(dimension.name()) + ": " + dimension.rating() + " ("
                                        + score(dimension.points()) + ")")
                                .setFont(blocks.fonts().bold))
                        .add(new Text(" " + dimension.justification()));
                if (!dimension.evidence().isEmpty()) {
                    rating.add(new Text(" From your answer: "
                                    + dimension.evidence().stream()
                                            .map(quote -> "“" + quote + "”")
                                            .collect(Collectors.joining(" · ")))
                            .setFontColor(PdfBlocks.MUTED));
                }
                document.add(rating);
            }
            if (answer.total() != null) {
                blocks.line("Answer score: " + score(answer.total()) + " / 100", null);
            }
            if (!answer.grammarFindings().isEmpty()) {
                var items = answer.grammarFindings().stream()
                        .map(f -> "“" + f.excerpt() + "”: " + f.message()
                                + (f.suggestions().isEmpty() ? "" : " Try: " + String.join(", ", f.suggestions())))
                        .toList();
                blocks.listOf("Grammar", items);
            }
            blocks.listOf("Strengths", answer.strengths());
            blocks.listOf("To improve", answer.improvements());
            if (answer.delivery() != null) {
                var delivery = answer.delivery();
                blocks.line(
                        String.format(
                                Locale.ENGLISH,
                                "Delivery: %.0f words per minute, %d filler words, %d long pauses",
                                delivery.wordsPerMinute(),
                                delivery.fillerWordCount(),
                                delivery.longPauses()),
                        PdfBlocks.MUTED);
            }
        }
    }

    private static @Nullable BigDecimal mean(SessionReport report, String dimension) {
        var points = report.questions().stream()
                .flatMap(q -> q.answers().stream())
                .flatMap(a -> a.dimensions().stream())
                .filter(d -> d.name().equals(dimension))
                .map(SessionReport.DimensionReport::points)
                .toList();
        if (points.isEmpty()) {
            return null;
        }
        return points.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(points.size()), 1, RoundingMode.HALF_UP);
    }

    private static String score(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
