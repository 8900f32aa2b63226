package com.mockmate.report.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.UnitValue;
import com.mockmate.base.pdf.PdfFonts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few kinds of block a MockMate PDF is made of, each tagged for screen readers: headings with their level, plain
 * lines, bulleted lists, quoted text and score bars (decoration only, beside the figure they draw).
 */
record PdfBlocks(Document document, PdfFonts fonts) {

    static final DeviceRgb ACCENT = new DeviceRgb(0x1f, 0x5f, 0xbf);
    static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x5f, 0x6d);
    private static final DeviceRgb QUOTE_RULE = new DeviceRgb(0xc8, 0xd0, 0xdc);

    void heading(String text, String role, float size) {
        var heading = new Paragraph(text)
                .setFont(fonts.bold)
                .setFontSize(size)
                .setFontColor(ColorConstants.BLACK)
                .setMarginTop(size >= 13 ? 14 : 8)
                .setMarginBottom(4);
        heading.getAccessibilityProperties().setRole(role);
        document.add(heading);
    }

    void line(String text, @Nullable DeviceRgb colour) {
        var paragraph = new Paragraph(text).setMarginBottom(2);
        if (colour != null) {
            paragraph.setFontColor(colour);
        }
        document.add(paragraph);
    }

    /** A titled bulleted list; nothing at all when there are no items. */
    void listOf(String title, Object items) {
        if (!(items instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        heading(title, StandardRoles.H4, 10);
        var pdfList = new com.itextpdf.layout.element.List().setSymbolIndent(10).setListSymbol("•");
        for (var item : list) {
            pdfList.add(new ListItem(String.valueOf(item)));
        }
        document.add(pdfList);
    }

    /** A titled list whose items carry a mark, e.g. ✓ or ✗. */
    void marks(String title, String mark, List<String> items) {
        if (!items.isEmpty()) {
            listOf(title, items.stream().map(item -> mark + item).toList());
        }
    }

    /** Someone's own words, set off by a rule on the left. */
    void quoted(String text) {
        document.add(new Paragraph(text)
                .setBorderLeft(new SolidBorder(QUOTE_RULE, 2))
                .setPaddingLeft(8)
                .setMarginLeft(2));
    }

    /** A bar of {@code percent} of the line's width; an artifact, as the figure is written beside it. */
    void bar(float percent) {
        var bar = new Div()
                .setWidth(UnitValue.createPercentValue(percent))
                .setHeight(7)
                .setBackgroundColor(ACCENT)
                .setMarginBottom(6);
        bar.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        document.add(bar);
    }
}
