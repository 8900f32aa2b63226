package com.mockmate.resume.match;

import com.mockmate.resume.domain.ResumeContent;
import org.springframework.stereotype.Component;

/** SKELETON: the helper building the keyword match replaces this body. */
@Component
public class KeywordMatcher {

    public KeywordMatch match(String jobDescription, ResumeContent content) {
        throw new UnsupportedOperationException("not built yet");
    }
}
