package com.mockmate.resume.generation;

import com.mockmate.resume.domain.ResumeContent;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** SKELETON: the helper building generation replaces this body. */
@Component
public class ResumeContentCheck {

    /** Problems of an edited résumé, each "/json/pointer: message"; empty when it may be saved. */
    public List<String> problems(UUID userId, ResumeContent content) {
        throw new UnsupportedOperationException("not built yet");
    }
}
