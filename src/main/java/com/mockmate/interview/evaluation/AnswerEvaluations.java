package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.llm.ModelEvaluation;
import com.mockmate.llm.RequestedAction;

/**
 * Where the model's reply becomes the interview's own record: the reply format belongs to {@code llm} and may change
 * with a prompt, what a turn stores and shows belongs to the interview.
 */
final class AnswerEvaluations {

    private AnswerEvaluations() {}

    static AnswerEvaluation of(ModelEvaluation reply) {
        return new AnswerEvaluation(
                reply.technical(),
                reply.depth(),
                reply.communication(),
                reply.grammar(),
                reply.strengths(),
                reply.improvements(),
                requested(reply.nextAction()));
    }

    static NextAction requested(RequestedAction action) {
        return switch (action) {
            case FOLLOW_UP -> NextAction.FOLLOW_UP;
            case NEXT_QUESTION -> NextAction.NEXT_QUESTION;
            case END -> NextAction.END;
        };
    }
}
