package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.List;
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
    private final InterviewTurnRepository turns;

    QuestionReviews(InterviewQueries queries, InterviewTurnRepository turns) {
        this.queries = queries;
        this.turns = turns;
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
        var coverage =
                queries.coverage(session.id(), drawn, () -> turns.findBySessionIdOrderByPositionAsc(session.id()));
        return session.questions().stream()
                .filter(question -> coverage.containsKey(question.position()))
                .map(question -> {
                    var asked = drawn.question(question.position());
                    var covered = coverage.get(question.position());
                    return new QuestionReview(
                            question.position(), covered.covered(), covered.missed(), asked.referenceAnswer());
                })
                .toList();
    }
}
