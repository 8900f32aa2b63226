package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.domain.TurnStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which key points each answered question covered, over the question's evaluated answers together (a follow-up's
 * answer completes the first one), measured the same way whichever evaluator rated them.
 */
@Component
public class QuestionCoverageMeasure {

    private final AnswerCoverage coverage;

    QuestionCoverageMeasure(AnswerCoverage coverage) {
        this.coverage = coverage;
    }

    /** Question position to coverage, for the questions that have at least one evaluated answer. */
    public Map<Integer, KeyPointsCovered> of(DrawnQuestions questions, List<InterviewTurn> turns) {
        var answers = turns.stream()
                .filter(t -> t.getStatus() == TurnStatus.EVALUATED && t.getAnswerText() != null)
                .collect(Collectors.groupingBy(
                        InterviewTurn::getQuestionPosition,
                        Collectors.mapping(InterviewTurn::getAnswerText, Collectors.joining("\n"))));
        var result = new LinkedHashMap<Integer, KeyPointsCovered>();
        for (var question : questions.questions()) {
            var answer = answers.get(question.position());
            if (answer != null) {
                result.put(question.position(), coverage.of(answer, question.keyPoints(), question.text()));
            }
        }
        return result;
    }
}
