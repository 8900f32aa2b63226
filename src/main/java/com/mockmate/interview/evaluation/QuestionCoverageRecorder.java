package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures which key points each answered question covered once, when its interview completes, inside the completing
 * transaction: the answers are final then, and reports and progress read the result instead of measuring again.
 */
@Component
class QuestionCoverageRecorder {

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final QuestionCoverageMeasure measure;
    private final QuestionCoverageStore store;

    QuestionCoverageRecorder(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            QuestionCoverageMeasure measure,
            QuestionCoverageStore store) {
        this.sessions = sessions;
        this.turns = turns;
        this.measure = measure;
        this.store = store;
    }

    @EventListener
    void on(SessionCompleted completed) {
        var session = sessions.findById(completed.sessionId()).orElseThrow();
        var questions = session.getQuestions();
        measure.of(questions, turns.findBySessionIdOrderByPositionAsc(session.getId()))
                .forEach((position, covered) -> store.save(
                        session.getId(), position, questions.question(position).id(), covered));
    }
}
