package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.TurnStatus;
import java.util.UUID;

/**
 * What accepting an answer returns: the turn and where it stands, all a 202 needs. {@code created} is false when the
 * client turn id matched an earlier submission, whose turn is returned instead.
 */
public record AcceptedAnswer(UUID turnId, TurnStatus status, boolean created) {

    static AcceptedAnswer created(InterviewTurn turn) {
        return new AcceptedAnswer(turn.getId(), turn.getStatus(), true);
    }

    static AcceptedAnswer earlier(InterviewTurn turn) {
        return new AcceptedAnswer(turn.getId(), turn.getStatus(), false);
    }
}
