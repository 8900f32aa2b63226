package com.mockmate.resume.pdf;

import java.util.List;
import org.springframework.stereotype.Component;

/** SKELETON: the helper building the PDF replaces this body. */
@Component
public class PdfPreview {

    /** Each page of a PDF as a PNG image, first page first. */
    public List<byte[]> pages(byte[] pdf) {
        throw new UnsupportedOperationException("not built yet");
    }
}
