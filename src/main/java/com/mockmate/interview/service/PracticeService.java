package com.mockmate.interview.service;

import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.evaluation.AnswerCoverage;
import com.mockmate.interview.evaluation.EvaluatorInUse;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practice loop: try one question of a finished interview again, list every attempt at a question, compare two.
 * A practice session is an ordinary interview of one question, run by the same pipeline, that points at the test it
 * came from; its score stays out of test averages.
 */
@Service
public class PracticeService {

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final InterviewQueries queries;
    private final EvaluatorInUse evaluator;
    private final CandidateSummary candidates;
    private final OpenSessionLimit openSessions;
    private final LiveSessionStore liveState;
    private final AnswerCoverage coverage;
    private final TransactionTemplate tx;
    private final Clock clock;

    PracticeService(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            InterviewQueries queries,
            EvaluatorInUse evaluator,
            CandidateSummary candidates,
            OpenSessionLimit openSessions,
            LiveSessionStore liveState,
            AnswerCoverage coverage,
            TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.turns = turns;
        this.scores = scores;
        this.queries = queries;
        this.evaluator = evaluator;
        this.candidates = candidates;
        this.openSessions = openSessions;
        this.liveState = liveState;
        this.coverage = coverage;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Starts a practice session of one question of a completed interview, on the question as that interview drew it.
     * It counts towards the limit of open interviews like any start.
     */
    public SessionDetails tryAgain(AuthenticatedUser actor, UUID sessionId, UUID questionId) {
        var practice = tx.execute(status -> {
            var original = sessions.findByIdAndUserId(sessionId, actor.id())
                    .orElseThrow(() -> new NotFoundException("No interview session with id " + sessionId + "."));
            if (original.getStatus() != SessionStatus.COMPLETED) {
                throw new ConflictException("Finish this interview before you try one of its questions again.");
            }
            var question = original.getQuestions()
                    .byId(questionId)
                    .orElseThrow(() -> new NotFoundException("No question " + questionId + " in this interview."));
            openSessions.requireRoomFor(actor.id());
            return sessions.save(InterviewSession.practice(
                    original, question, candidates.of(actor.id()), evaluator.provider(), clock.instant()));
        });
        var opening = liveState.start(practice.getId(), practice.getQuestions().count());
        return queries.detailsOfNew(practice, opening);
    }

    /** Every evaluated attempt of the caller's at the question, tests and practice alike, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionAttempt> attempts(AuthenticatedUser actor, UUID questionId) {
        return answered(actor, questionId).stream()
                .map(AnsweredQuestion::attempt)
                .toList();
    }

    /** How many evaluated attempts the caller has at each of these questions; a question without any is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> attemptCounts(AuthenticatedUser actor, Collection<UUID> questionIds) {
        var counts = new HashMap<UUID, Integer>();
        if (!questionIds.isEmpty()) {
            turns.countAttempts(actor.id(), questionIds)
                    .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /**
     * Two of the caller's attempts at a question, the earlier first. Without both session ids, the latest attempt and
     * the one before it.
     */
    @Transactional(readOnly = true)
    public AttemptComparison compare(
            AuthenticatedUser actor, UUID questionId, @Nullable UUID firstSession, @Nullable UUID secondSession) {
        var all = answered(actor, questionId);
        if (all.size() < 2) {
            throw new NotFoundException("There is no second attempt at this question to compare with yet.");
        }
        var pair = firstSession == null || secondSession == null
                ? List.of(all.get(0), all.get(1))
                : List.of(pick(all, firstSession), pick(all, secondSession));
        var before = pair.stream()
                .min(Comparator.comparing(a -> a.turns().getFirst().getCreatedAt()))
                .orElseThrow();
        var after = pair.get(0) == before ? pair.get(1) : pair.get(0);
        var question = after.question();
        return new AttemptComparison(
                questionId, question.text(), before.side(question, coverage), after.side(question, coverage));
    }

    private static AnsweredQuestion pick(List<AnsweredQuestion> attempts, UUID sessionId) {
        return attempts.stream()
                .filter(a -> a.session().getId().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No attempt at this question in session " + sessionId + "."));
    }

    /** The caller's evaluated answers to the question grouped per session, newest attempt first. */
    private List<AnsweredQuestion> answered(AuthenticatedUser actor, UUID questionId) {
        var evaluated = turns.findByUserAndQuestion(actor.id(), questionId).stream()
                .filter(t -> t.getStatus() == TurnStatus.EVALUATED)
                .toList();
        if (evaluated.isEmpty()) {
            return List.of();
        }
        var scoreCards = scores
                .findByTurnIdIn(evaluated.stream().map(InterviewTurn::getId).toList())
                .stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, TurnScore::toCard));
        var bySession = evaluated.stream()
                .filter(t -> scoreCards.containsKey(t.getId()))
                .collect(Collectors.groupingBy(InterviewTurn::getSessionId, LinkedHashMap::new, Collectors.toList()));
        var owners = sessions.findAllById(bySession.keySet()).stream()
                .collect(Collectors.toMap(InterviewSession::getId, Function.identity()));
        return bySession.entrySet().stream()
                .map(e -> new AnsweredQuestion(owners.get(e.getKey()), e.getValue(), scoreCards))
                .sorted(Comparator.comparing(
                                (AnsweredQuestion a) -> a.turns().getFirst().getCreatedAt())
                        .reversed())
                .toList();
    }
}
