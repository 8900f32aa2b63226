package com.mockmate.resume.match;

import com.mockmate.language.TextNormalizer;
import com.mockmate.resume.domain.ResumeContent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ATS keyword match: which of a job description's key terms (see {@link KeyTerms}) a résumé contains, compared by
 * stems so that "microservices" meets "microservice" and "Spring-Boot" meets "Spring Boot". Deterministic: the same
 * job and résumé always give the same lists in the same order. Terms are reported as the job writes them.
 */
@Component
public class KeywordMatcher {

    /** Job descriptions are accepted up to this length; anything past it is not read, so time stays bounded. */
    static final int LONGEST_JOB_DESCRIPTION = 20_000;

    public KeywordMatch match(String jobDescription, ResumeContent content) {
        if (jobDescription == null || jobDescription.isBlank()) {
            return new KeywordMatch(List.of(), List.of(), 0);
        }
        var text = TextNormalizer.normalize(
                jobDescription.length() > LONGEST_JOB_DESCRIPTION
                        ? jobDescription.substring(0, LONGEST_JOB_DESCRIPTION)
                        : jobDescription);
        var tokenizer = new Tokenizer();
        var terms = KeyTerms.of(text, tokenizer.tokens(text));
        var resume = new ResumeTerms(content, tokenizer);
        var found = new ArrayList<String>();
        var missing = new ArrayList<String>();
        for (var term : terms) {
            (resume.contains(term) ? found : missing).add(term.surface());
        }
        int percentage = terms.isEmpty() ? 0 : Math.round(100f * found.size() / terms.size());
        return new KeywordMatch(found, missing, percentage);
    }
}
