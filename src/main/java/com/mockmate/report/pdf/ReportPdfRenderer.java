package com.mockmate.report.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
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
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
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
    private static final DeviceRgb ACCENT = new DeviceRgb(0x1f, 0x5f, 0xbf);
    private static final DeviceRgb QUOTE_RULE = new DeviceRgb(0xc8, 0xd0, 0xdc);
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x5f, 0x6d);

    public byte[] render(SessionReport report) {
        var out = new ByteArrayOutputStream();
        var properties =
                new WriterProperties().setPdfVersion(PdfVersion.PDF_1_7).addXmpMetadata();
        try (var pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString("en"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            describe(pdf.getDocumentInfo(), report);
            var fonts = new ReportFonts();
            try (var document = new Document(pdf, PageSize.A4)) {
                document.setFont(fonts.regular).setFontSize(10);
                document.setMargins(48, 48, 48, 48);
                new Writer(document, fonts).write(report);
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
    private record Writer(Document document, ReportFonts fonts) {

        void write(SessionReport report) {
            heading("Interview report: " + report.testTitle(), StandardRoles.H1, 18);
            line(
                    "Completed " + date(report) + " · rated by "
                            + report.evaluator().label(),
                    MUTED);
            if (report.total() != null) {
                heading("Total score: " + score(report.total()) + " / 100", StandardRoles.H2, 14);
            }
            scoreBars(report);
            summary(report);
            for (var question : report.questions()) {
                question(question);
            }
        }

        private void scoreBars(SessionReport report) {
            heading("Scores by dimension", StandardRoles.H2, 13);
            for (var dimension : DIMENSIONS) {
                var mean = mean(report, dimension);
                line(capitalised(dimension) + ": " + (mean == null ? "not rated" : score(mean)), null);
                if (mean != null && mean.signum() > 0) {
                    var bar = new Div()
                            .setWidth(UnitValue.createPercentValue(mean.floatValue()))
                            .setHeight(7)
                            .setBackgroundColor(ACCENT)
                            .setMarginBottom(6);
                    bar.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                    document.add(bar);
                }
            }
        }

        /** The written summary once it is there; until then (or for a practice) the one made at completion. */
        private void summary(SessionReport report) {
            var written = report.writtenSummary();
            if (written != null && !written.writing() && written.writtenBy() != null) {
                heading("Summary", StandardRoles.H2, 13);
                line("Written by: " + written.writtenBy().label(), MUTED);
                if (written.overallFeedback() != null) {
                    document.add(new Paragraph(written.overallFeedback()));
                }
                listOf("Strengths", written.strengths());
                listOf(
                        "To work on",
                        written.improvements().stream()
                                .map(i -> i.improvement() + " Next step: " + i.nextStep())
                                .toList());
                if (written.recommendedNextTopic() != null) {
                    line("Recommended next topic: " + written.recommendedNextTopic(), null);
                }
                return;
            }
            var summary = report.summary();
            if (summary == null) {
                return;
            }
            heading("Summary", StandardRoles.H2, 13);
            if (summary.get("overallFeedback") instanceof String overall) {
                document.add(new Paragraph(overall));
            }
            listOf("Strengths", summary.get("strengths"));
            listOf("To work on", summary.get("weaknesses"));
        }

        private void question(QuestionReport question) {
            heading("Question " + question.position() + ": " + question.text(), StandardRoles.H2, 13);
            line("Topic: " + question.topic(), MUTED);
            for (var answer : question.answers()) {
                answer(answer);
            }
            marks("Key points covered", "✓ ", question.keyPointsCovered());
            marks("Key points missed", "✗ ", question.keyPointsMissed());
            if (question.exampleAnswer() != null) {
                heading("Example answer", StandardRoles.H3, 11);
                document.add(new Paragraph(question.exampleAnswer()));
            }
        }

        private void answer(AnswerReport answer) {
            heading(
                    answer.followUpIndex() == 0 ? "Your answer" : "Follow-up: " + answer.prompt(),
                    StandardRoles.H3,
                    11);
            document.add(new Paragraph(answer.answer())
                    .setBorderLeft(new SolidBorder(QUOTE_RULE, 2))
                    .setPaddingLeft(8)
                    .setMarginLeft(2));
            for (var dimension : answer.dimensions()) {
                document.add(new Paragraph()
                        .add(new Text(capitalised(dimension.name()) + ": " + dimension.rating() + " ("
                                        + score(dimension.points()) + ")")
                                .setFont(fonts.bold))
                        .add(new Text(" " + dimension.justification())));
            }
            if (answer.total() != null) {
                line("Answer score: " + score(answer.total()) + " / 100", null);
            }
            if (!answer.grammarFindings().isEmpty()) {
                var items = answer.grammarFindings().stream()
                        .map(f -> "“" + f.excerpt() + "”: " + f.message()
                                + (f.suggestions().isEmpty() ? "" : " Try: " + String.join(", ", f.suggestions())))
                        .toList();
                listOf("Grammar", items);
            }
            listOf("Strengths", answer.strengths());
            listOf("To improve", answer.improvements());
            if (answer.delivery() != null) {
                var delivery = answer.delivery();
                line(
                        String.format(
                                Locale.ENGLISH,
                                "Delivery: %.0f words per minute, %d filler words, %d long pauses",
                                delivery.wordsPerMinute(),
                                delivery.fillerWordCount(),
                                delivery.longPauses()),
                        MUTED);
            }
        }

        private void marks(String title, String mark, List<String> items) {
            if (!items.isEmpty()) {
                listOf(title, items.stream().map(item -> mark + item).toList());
            }
        }

        private void listOf(String title, Object items) {
            if (!(items instanceof List<?> list) || list.isEmpty()) {
                return;
            }
            heading(title, StandardRoles.H4, 10);
            var pdfList =
                    new com.itextpdf.layout.element.List().setSymbolIndent(10).setListSymbol("•");
            for (var item : list) {
                pdfList.add(new ListItem(String.valueOf(item)));
            }
            document.add(pdfList);
        }

        private void heading(String text, String role, float size) {
            var heading = new Paragraph(text)
                    .setFont(fonts.bold)
                    .setFontSize(size)
                    .setFontColor(ColorConstants.BLACK)
                    .setMarginTop(size >= 13 ? 14 : 8)
                    .setMarginBottom(4);
            heading.getAccessibilityProperties().setRole(role);
            document.add(heading);
        }

        private void line(String text, @Nullable DeviceRgb colour) {
            var paragraph = new Paragraph(text).setMarginBottom(2);
            if (colour != null) {
                paragraph.setFontColor(colour);
            }
            document.add(paragraph);
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
