package com.mockmate.resume.pdf;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAnnotationBorder;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.mockmate.base.pdf.PdfFonts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The blocks a résumé is made of, one under the other in a single column: no tables, no columns, no text in images,
 * so an applicant tracking system reads the text in the order a person does. Each block carries its structure tag
 * (H1 for the name, H2 for sections, H3 for an entry, L/LI for bullets) for screen readers and parsers alike.
 */
record ResumeBlocks(Document document, PdfFonts fonts, ResumeStyle style) {

    static final DeviceRgb INK = new DeviceRgb(0x1b, 0x1f, 0x24);
    static final DeviceRgb ACCENT = new DeviceRgb(0x1d, 0x4e, 0x89);
    static final DeviceRgb MUTED = new DeviceRgb(0x4a, 0x52, 0x5c);
    private static final DeviceRgb RULE = new DeviceRgb(0xb9, 0xc4, 0xd2);

    void name(String name) {
        var paragraph = text(name).setFont(fonts.bold).setFontSize(style.name()).setMarginBottom(1);
        paragraph.setMultipliedLeading(1.1f);
        tagged(paragraph, StandardRoles.H1);
    }

    void headline(String label) {
        document.add(
                text(label).setFontSize(style.headline()).setFontColor(ACCENT).setMarginBottom(2));
    }

    /** One line of contact details and links separated by bars; links stay real text and are also clickable. */
    void contact(List<ContactItem> items) {
        var paragraph = text("").setFontSize(style.small()).setFontColor(MUTED);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                paragraph.add(new Text(" | ").setFontColor(RULE));
            }
            var item = items.get(i);
            paragraph.add(item.url() == null ? new Text(item.text()) : link(item.text(), item.url()));
        }
        document.add(paragraph.setMarginBottom(2));
    }

    void section(String title) {
        var heading = text(title)
                .setFont(fonts.bold)
                .setFontSize(style.heading())
                .setFontColor(ACCENT)
                .setMarginTop(style.sectionGap())
                .setMarginBottom(4)
                .setPaddingBottom(1.5f)
                .setBorderBottom(new SolidBorder(RULE, 0.75f))
                .setKeepWithNext(true);
        tagged(heading, StandardRoles.H2);
    }

    /** An entry's title: the strong part in bold (a position, a degree, a project), then where, in regular type. */
    void entry(String strong, String rest, boolean first) {
        if (strong.isBlank()) {
            strong = rest;
            rest = "";
        }
        var title = text("").add(new Text(strong).setFont(fonts.bold))
                .setMarginTop(first ? 0 : style.entryGap())
                .setKeepWithNext(true);
        if (!rest.isBlank()) {
            title.add(new Text(", " + rest));
        }
        tagged(title, StandardRoles.H3);
    }

    /** Dates and the like under an entry's title. */
    void meta(String text) {
        document.add(text(text).setFontSize(style.small()).setFontColor(MUTED).setKeepWithNext(true));
    }

    void paragraph(String text) {
        document.add(text(text).setMarginTop(1));
    }

    void bullets(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        var list = new com.itextpdf.layout.element.List()
                .setSymbolIndent(7)
                .setListSymbol(new Text("•").setFontColor(MUTED));
        list.setMarginLeft(3).setMarginTop(1.5f);
        for (var item : items) {
            var body = text(item).setMarginBottom(0.8f);
            var listItem = new ListItem();
            listItem.add(body);
            list.add(listItem);
        }
        document.add(list);
    }

    /** A clickable link without the box viewers draw around one by default. */
    private static Link link(String text, String url) {
        var annotation = new PdfLinkAnnotation(new Rectangle(0, 0)).setAction(PdfAction.createURI(url));
        annotation.setBorder(new PdfAnnotationBorder(0, 0, 0));
        return new Link(text, annotation);
    }

    private Paragraph text(String text) {
        var paragraph = new Paragraph(text).setMargin(0).setFontColor(INK);
        paragraph.setMultipliedLeading(style.leading());
        return paragraph;
    }

    private void tagged(Paragraph paragraph, String role) {
        paragraph.getAccessibilityProperties().setRole(role);
        document.add(paragraph);
    }

    /** A piece of the contact line; {@code url} makes it a link. */
    record ContactItem(String text, @Nullable String url) {}
}
