package com.mockmate.resume.pdf;

import com.mockmate.resume.domain.ResumeContent;
import org.springframework.stereotype.Component;

/** SKELETON: the helper building the PDF replaces this body. */
@Component
public class ResumePdfRenderer {

    public byte[] render(ResumeContent content) {
        throw new UnsupportedOperationException("not built yet");
    }
}
