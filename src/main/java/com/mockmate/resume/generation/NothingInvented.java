package com.mockmate.resume.generation;

import com.mockmate.resume.domain.ResumeContent;
import java.util.ArrayList;
import java.util.List;

/**
 * The check every résumé passes, written by the model, the offline builder or the candidate: employers, positions,
 * dates, degrees and certificates come from the profile, cited evidence from the verified insights. Each problem is
 * "/json/pointer: message".
 */
final class NothingInvented {

    private NothingInvented() {}

    static List<String> problems(ResumeContent content, CandidateFacts facts) {
        var problems = new ArrayList<>(ProfileFactCheck.problems(content, facts.profile()));
        problems.addAll(InsightFactCheck.problems(content, facts.profile(), facts.insights()));
        return List.copyOf(problems);
    }
}
