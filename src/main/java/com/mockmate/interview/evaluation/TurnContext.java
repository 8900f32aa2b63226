package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.live.LiveSessionState;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything evaluating one answer needs, read once under the session's lock and handed down: the session with the
 * questions it drew and the candidate summary, the answer's turn, and where the conversation stood before it (scores
 * so far included). No step after loading it reads the database again until the outcome is recorded.
 */
record TurnContext(InterviewSession session, InterviewTurn turn, LiveSessionState state) {

    UUID sessionId() {
        return session.getId();
    }

    UUID userId() {
        return session.getUserId();
    }

    UUID turnId() {
        return turn.getId();
    }

    String answer() {
        return turn.getAnswerText();
    }

    DrawnQuestions questions() {
        return session.getQuestions();
    }

    DrawnQuestions.Question question() {
        return questions().question(turn.getQuestionPosition());
    }

    /** Words of the question and its key points, which the grammar check must not flag as misspelt. */
    List<String> vocabulary() {
        var question = question();
        return Stream.concat(question.keyPoints().stream(), Stream.of(question.text()))
                .toList();
    }
}
