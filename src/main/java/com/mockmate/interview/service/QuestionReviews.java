package com.mockmate.interview.service;

import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.evaluation.AnswerCoverage;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer key of a finished interview, question by question, for its results page: key points covered and missed
 * (measured as the report measures them) and the example answer. Before completion nothing is revealed.
 */
@Service
@Transactional(readOnly = true)
public class QuestionReviews {

    private final InterviewQueries queries;
    private final AnswerCoverage coverage;

    QuestionReviews(InterviewQueries queries, AnswerCoverage coverage) {
        this.queries = queries;
        this.coverage = coverage;
    }

    /**
     * @param session the actor's session as already loaded; only its drawn questions are read again
     * @return one review per answered question, in order; empty unless the interview is completed
     */
    public List<QuestionReview> of(AuthenticatedUser actor, SessionDetails session) {
        if (session.status() != SessionStatus.COMPLETED) {
            return List.of();
        }
        var drawn = queries.own(actor, session.id()).getQuestions();
        return session.questions().stream()
                .map(question -> {
                    var asked = drawn.question(question.position());
                    var answered = question.turns().stream()
                            .filter(turn -> turn.status() == TurnStatus.EVALUATED)
                            .map(TurnDetails::answerText)
                            .filter(Objects::nonNull)
                            .collect(Collectors.joining("\n"));
                    var covered = coverage.of(answered, asked.keyPoints(), asked.text());
                    return new QuestionReview(
                            question.position(), covered.covered(), covered.missed(), asked.referenceAnswer());
                })
                .toList();
    }
}
