package com.mockmate.resume.pdf;

import static com.mockmate.resume.pdf.PrintedDates.isBlank;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.mockmate.base.pdf.PdfFonts;
import com.mockmate.resume.domain.ResumeContent;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Draws a résumé as an ATS-friendly PDF: one column of real, selectable text in reading order, in an embedded font,
 * with the standard section headings, tagged (headings, lists) for parsers and screen readers, and a title and
 * language that viewers show. It aims at one or two A4 pages: when a layout runs longer, the résumé is drawn again in
 * a tighter one (see {@link ResumeStyle}).
 */
@Component
public class ResumePdfRenderer {

    static final int MAX_PAGES = 2;

    /** The résumé in the most generous style that fits two pages, or in the tightest when none does. */
    public byte[] render(ResumeContent content) {
        var styles = ResumeStyle.IN_TURN;
        for (var style : styles.subList(0, styles.size() - 1)) {
            var rendered = render(content, style);
            if (rendered.pages() <= MAX_PAGES) {
                return rendered.pdf();
            }
        }
        return render(content, styles.getLast()).pdf();
    }

    private static Rendered render(ResumeContent content, ResumeStyle style) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var properties =
                new WriterProperties().setPdfVersion(PdfVersion.PDF_1_7).addXmpMetadata();
        int pages;
        try (var pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString("en"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            describe(pdf.getDocumentInfo(), content);
            var fonts = new PdfFonts();
            try (var document = new Document(pdf, PageSize.A4)) {
                document.setFont(fonts.regular).setFontSize(style.body()).setFontColor(ResumeBlocks.INK);
                document.setMargins(style.margin(), style.margin() + 4, style.margin(), style.margin() + 4);
                new ResumeSections(new ResumeBlocks(document, fonts, style)).write(content);
                pages = pdf.getNumberOfPages();
            }
        }
        return new Rendered(out.toByteArray(), pages);
    }

    /** Title "Jane Doe – Backend Engineer résumé", the author, and the skills as keywords for search tools. */
    private static void describe(PdfDocumentInfo info, ResumeContent content) {
        var basics = content.basics();
        var name = basics == null || isBlank(basics.name()) ? "" : basics.name().strip();
        var label =
                basics == null || isBlank(basics.label()) ? "" : basics.label().strip();
        var title = (name + (name.isEmpty() || label.isEmpty() ? "" : " – ") + label).strip();
        info.setTitle(title.isEmpty() ? "Résumé" : title + " résumé");
        if (!name.isEmpty()) {
            info.setAuthor(name);
        }
        info.setSubject(label.isEmpty() ? "Résumé" : "Résumé for " + label);
        var skills = content.skills().stream()
                .map(ResumeContent.SkillEntry::name)
                .filter(skill -> !isBlank(skill))
                .map(String::strip)
                .collect(Collectors.joining(", "));
        if (!skills.isEmpty()) {
            info.setKeywords(skills);
        }
        info.setCreator("MockMate");
    }

    private record Rendered(byte[] pdf, int pages) {}
}
