package com.mockmate.interview.service;

import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.InterviewerLines;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.evaluation.QuestionCoverageMeasure;
import com.mockmate.interview.evaluation.QuestionCoverageStore;
import com.mockmate.interview.live.ConversationReplay;
import com.mockmate.interview.live.LiveSessionState;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A candidate's own sessions. Somebody else's session is reported as missing, never as forbidden. */
@Service
@Transactional(readOnly = true)
public class InterviewQueries {

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final LiveSessionStore liveState;
    private final QuestionCoverageStore coverageStore;
    private final QuestionCoverageMeasure coverageMeasure;

    InterviewQueries(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            LiveSessionStore liveState,
            QuestionCoverageStore coverageStore,
            QuestionCoverageMeasure coverageMeasure) {
        this.sessions = sessions;
        this.turns = turns;
        this.scores = scores;
        this.liveState = liveState;
        this.coverageStore = coverageStore;
        this.coverageMeasure = coverageMeasure;
    }

    public SessionDetails get(AuthenticatedUser actor, UUID sessionId) {
        return details(own(actor, sessionId));
    }

    /**
     * A completed interview of the actor's, for its report: key points and example answers are revealed only now.
     *
     * @throws NotFoundException when the session is not the actor's
     * @throws ConflictException while the interview is not completed
     */
    public CompletedInterview completed(AuthenticatedUser actor, UUID sessionId) {
        return completed(actor.id(), sessionId);
    }

    /** As {@link #completed(AuthenticatedUser, UUID)}, for work done on a user's behalf, e.g. rendering a PDF. */
    public CompletedInterview completed(UUID userId, UUID sessionId) {
        var session = completedSession(userId, sessionId);
        var sessionTurns = turns.findBySessionIdOrderByPositionAsc(sessionId);
        var models = new HashMap<UUID, String>();
        for (var turn : sessionTurns) {
            if (turn.getOutcome().getLlmModel() != null) {
                models.put(turn.getId(), turn.getOutcome().getLlmModel());
            }
        }
        return new CompletedInterview(
                details(session, sessionTurns),
                session.getQuestions(),
                models,
                coverage(sessionId, session.getQuestions(), () -> sessionTurns));
    }

    /**
     * Checks, without reading its turns, that a user's interview is completed: for work that needs a report to exist
     * but not its content, e.g. asking for its PDF or a share link.
     *
     * @throws NotFoundException when the session is not the user's
     * @throws ConflictException while the interview is not completed
     */
    public void requireCompleted(UUID userId, UUID sessionId) {
        completedSession(userId, sessionId);
    }

    private InterviewSession completedSession(UUID userId, UUID sessionId) {
        var session = sessions.findByIdAndUserId(sessionId, userId).orElseThrow(() -> noSession(sessionId));
        if (session.getStatus() != SessionStatus.COMPLETED) {
            throw new ConflictException("The report is ready once the interview is completed; it is "
                    + session.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        return session;
    }

    public TurnDetails turn(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        requireOwn(actor, sessionId);
        return subscribedTurn(sessionId, turnId);
    }

    /** A turn of a session whose owner the caller checked when it subscribed (a session never changes owner). */
    public TurnDetails subscribedTurn(UUID sessionId, UUID turnId) {
        var turn = turns.findByIdAndSessionId(turnId, sessionId)
                .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."));
        return TurnDetails.of(
                turn, scores.findByTurnId(turnId).map(TurnScore::toCard).orElse(null));
    }

    /** The candidate's latest unfinished interview on this test, to offer resuming it instead of starting over. */
    public Optional<UUID> unfinished(AuthenticatedUser actor, UUID assessmentId) {
        return sessions.findFirstByUserIdAndAssessmentIdAndStatusOrderByStartedAtDesc(
                        actor.id(), assessmentId, SessionStatus.IN_PROGRESS)
                .map(InterviewSession::getId);
    }

    /**
     * Which of these sessions are practice sessions (one question retried, kept apart from test averages), for
     * features such as progress that must not mix them into a test's figures. The others are tests.
     */
    public Set<UUID> practiceSessions(Collection<UUID> sessionIds) {
        return sessionIds.isEmpty() ? Set.of() : Set.copyOf(sessions.practiceAmong(sessionIds));
    }

    /**
     * The key points each answered question of a completed interview covered, as measured when it completed; measured
     * now for an interview completed before that measure was kept.
     */
    Map<Integer, KeyPointsCovered> coverage(
            UUID sessionId, DrawnQuestions questions, Supplier<List<InterviewTurn>> sessionTurns) {
        var stored = coverageStore.of(sessionId);
        return Map.copyOf(stored.isEmpty() ? coverageMeasure.of(questions, sessionTurns.get()) : stored);
    }

    InterviewSession own(AuthenticatedUser actor, UUID sessionId) {
        return sessions.findByIdAndUserId(sessionId, actor.id()).orElseThrow(() -> noSession(sessionId));
    }

    /**
     * As {@link #own} where the session itself is not needed: a client waiting for a turn asks often, and loading the
     * session would read its whole question snapshot each time.
     */
    private void requireOwn(AuthenticatedUser actor, UUID sessionId) {
        if (!sessions.existsByIdAndUserId(sessionId, actor.id())) {
            throw noSession(sessionId);
        }
    }

    private static NotFoundException noSession(UUID sessionId) {
        return new NotFoundException("No interview session with id " + sessionId + ".");
    }

    /**
     * Where the session stands, from Redis when the cached state still matches the stored turns, else replayed from
     * them and kept for the hot path, unless a lock holder is changing the turns at this moment.
     */
    private LiveSessionState state(
            InterviewSession session, List<InterviewTurn> sessionTurns, Map<UUID, TurnScore> scores) {
        var inFlight = sessionTurns.stream()
                .filter(t -> t.getStatus().isOpen())
                .map(InterviewTurn::getId)
                .findFirst()
                .orElse(null);
        var cached = liveState
                .find(session.getId())
                .filter(s -> session.isInProgress() && s.matches(sessionTurns.size(), inFlight));
        if (cached.isPresent()) {
            return cached.get();
        }
        var rebuilt = ConversationReplay.replay(
                sessionTurns,
                scores.values().stream().collect(Collectors.toMap(TurnScore::getTurnId, TurnScore::toCard)),
                session.getQuestions().count(),
                session.isInProgress());
        if (session.isInProgress()) {
            liveState.keepIfIdle(session.getId(), rebuilt);
        }
        return rebuilt;
    }

    SessionDetails details(InterviewSession session) {
        return details(session, turns.findBySessionIdOrderByPositionAsc(session.getId()));
    }

    /** A session that has just started has no turns to read. */
    /** A session just started: no turns, and its state is the opening one, so nothing needs reading. */
    @Transactional(propagation = Propagation.SUPPORTS)
    SessionDetails detailsOfNew(InterviewSession session, LiveSessionState opening) {
        return details(session, List.of(), opening);
    }

    private SessionDetails details(InterviewSession session, List<InterviewTurn> sessionTurns) {
        Map<UUID, TurnScore> scoreMap = sessionTurns.isEmpty()
                ? Map.of()
                : scores
                        .findByTurnIdIn(
                                sessionTurns.stream().map(InterviewTurn::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(TurnScore::getTurnId, Function.identity()));
        var turnViews = sessionTurns.stream()
                .map(t -> TurnDetails.of(
                        t,
                        scoreMap.containsKey(t.getId())
                                ? scoreMap.get(t.getId()).toCard()
                                : null))
                .toList();
        return details(session, turnViews, state(session, sessionTurns, scoreMap));
    }

    private SessionDetails details(InterviewSession session, List<TurnDetails> turnViews, LiveSessionState state) {
        var questions = session.getQuestions();
        SessionDetails.CurrentQuestion current = null;
        if (session.isInProgress() && !state.finished()) {
            var question = questions.question(state.questionPosition());
            current = new SessionDetails.CurrentQuestion(
                    question.id(), question.text(), question.position(), questions.count(), state.followUpPrompt());
        }
        return new SessionDetails(
                session.getId(),
                session.getAssessmentId(),
                questions.title(),
                session.getStatus(),
                session.getLlmProvider(),
                session.getStartedAt(),
                session.getCompletedAt(),
                session.getTotalScore(),
                session.getSummary(),
                InterviewerLines.opening(questions),
                current,
                turnViews,
                session.getPracticeOf());
    }
}
