package com.mockmate.interview.evaluation;

import com.mockmate.assessment.service.InterviewPlans;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.InterviewerLines;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.live.ConversationReplay;
import com.mockmate.interview.live.InterviewEvent;
import com.mockmate.interview.live.InterviewRateLimits;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.summary.SessionCompletion;
import com.mockmate.llm.EvaluationOutcome;
import com.mockmate.llm.PromptInjectionDetector;
import com.mockmate.llm.TurnDocument;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.NextAction;
import com.mockmate.scoring.ScoreCalculator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two short transactions around a model call: preparing the turn (grammar, injection flags, the document) and
 * recording the outcome. The model call itself runs outside any transaction.
 */
@Component
class TurnEvaluationSteps {

    sealed interface Preparation {}

    record Ready(TurnDocument document) implements Preparation {}

    record Finished(List<InterviewEvent> events) implements Preparation {}

    /**
     * A PENDING turn's session and what the grammar check needs; the check runs between transactions, so no
     * connection is held while it computes.
     */
    record GrammarInput(UUID sessionId, String answer, List<String> vocabulary) {}

    private final InterviewTurnRepository turns;
    private final InterviewSessionRepository sessions;
    private final TurnScoreRepository scores;
    private final InterviewPlans plans;
    private final PromptInjectionDetector injectionDetector;
    private final ScoreCalculator scoreCalculator;
    private final TurnDocumentFactory documents;
    private final InterviewRateLimits rateLimits;
    private final SessionCompletion completion;
    private final LiveSessionStore liveState;
    private final InterviewProperties properties;
    private final Clock clock;

    TurnEvaluationSteps(
            InterviewTurnRepository turns,
            InterviewSessionRepository sessions,
            TurnScoreRepository scores,
            InterviewPlans plans,
            PromptInjectionDetector injectionDetector,
            ScoreCalculator scoreCalculator,
            TurnDocumentFactory documents,
            InterviewRateLimits rateLimits,
            SessionCompletion completion,
            LiveSessionStore liveState,
            InterviewProperties properties,
            Clock clock) {
        this.turns = turns;
        this.sessions = sessions;
        this.scores = scores;
        this.plans = plans;
        this.injectionDetector = injectionDetector;
        this.scoreCalculator = scoreCalculator;
        this.documents = documents;
        this.rateLimits = rateLimits;
        this.completion = completion;
        this.liveState = liveState;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<GrammarInput> grammarInput(UUID turnId) {
        return turns.findById(turnId)
                .filter(t -> t.getStatus() == TurnStatus.PENDING)
                .map(turn -> {
                    var session = sessions.findById(turn.getSessionId()).orElseThrow();
                    var question = plans.forExistingInterview(session.getAssessmentId())
                            .question(turn.getQuestionPosition());
                    var vocabulary = Stream.concat(question.keyPoints().stream(), Stream.of(question.text()))
                            .toList();
                    return new GrammarInput(turn.getSessionId(), turn.getAnswerText(), vocabulary);
                });
    }

    @Transactional
    public Optional<Preparation> prepare(UUID turnId, GrammarReport grammar) {
        var turn = turns.findById(turnId)
                .filter(t -> t.getStatus() == TurnStatus.PENDING)
                .orElse(null);
        if (turn == null) {
            return Optional.empty();
        }
        var session = sessions.findById(turn.getSessionId()).orElseThrow();
        var plan = plans.forExistingInterview(session.getAssessmentId());
        var earlier = earlierTurns(turn);
        var state = ConversationReplay.replay(earlier, plan.count(), true);
        turn.startEvaluation(grammar, injectionDetector.detect(turn.getAnswerText()), clock.instant());
        if (!rateLimits.tryModelCall(session.getUserId())) {
            turn.failed(
                    "You have used today's " + properties.llmCallsPerDay() + " evaluations. Try again tomorrow.",
                    null,
                    0,
                    clock.instant());
            return Optional.of(new Finished(List.of(event(InterviewEvent.TURN_FAILED, turn, session.getUserId()))));
        }
        var scoresByTurn = scoresOf(earlier);
        var document = documents.build(
                plan, turn, state, completion.profileSummary(session.getUserId()), grammar, earlier, scoresByTurn);
        return Optional.of(new Ready(document));
    }

    @Transactional
    public List<InterviewEvent> record(UUID turnId, EvaluationOutcome outcome) {
        var turn = turns.findById(turnId)
                .filter(t -> t.getStatus() == TurnStatus.PENDING)
                .orElse(null);
        if (turn == null) {
            return List.of();
        }
        var session = sessions.findById(turn.getSessionId()).orElseThrow();
        var now = clock.instant();
        var events = new ArrayList<InterviewEvent>();
        switch (outcome) {
            case EvaluationOutcome.Evaluated evaluated -> {
                var plan = plans.forExistingInterview(session.getAssessmentId());
                var state = ConversationReplay.replay(earlierTurns(turn), plan.count(), true);
                var reply = evaluated.reply();
                var action = ConversationReplay.effectiveAction(
                        reply.evaluation().nextAction(), state, properties.maxFollowUps());
                var text =
                        InterviewerLines.afterAnswer(reply.interviewerText(), action, plan, turn.getQuestionPosition());
                turn.evaluated(
                        reply.evaluation(),
                        text,
                        action,
                        evaluated.provider(),
                        evaluated.model(),
                        evaluated.attempts(),
                        now);
                scores.save(new TurnScore(turn.getId(), scoreCalculator.score(reply.evaluation()), now));
                events.add(event(InterviewEvent.TURN_EVALUATED, turn, session.getUserId()));
                liveState.save(
                        session.getId(),
                        ConversationReplay.replay(
                                turns.findBySessionIdOrderByPositionAsc(session.getId()), plan.count(), true));
                if (action == NextAction.END) {
                    turns.flush();
                    completion.complete(session, plan);
                    events.add(new InterviewEvent(
                            InterviewEvent.SESSION_COMPLETED, session.getId(), session.getUserId(), null));
                }
            }
            case EvaluationOutcome.Failed failed -> {
                turn.failed(failed.reason(), failed.provider(), failed.attempts(), now);
                events.add(event(InterviewEvent.TURN_FAILED, turn, session.getUserId()));
            }
        }
        return events;
    }

    private List<InterviewTurn> earlierTurns(InterviewTurn turn) {
        return turns.findBySessionIdOrderByPositionAsc(turn.getSessionId()).stream()
                .filter(t -> t.getPosition() < turn.getPosition())
                .toList();
    }

    private Map<UUID, TurnScore> scoresOf(List<InterviewTurn> turnList) {
        return scores.findByTurnIdIn(turnList.stream().map(InterviewTurn::getId).toList()).stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, Function.identity()));
    }

    private static InterviewEvent event(String type, InterviewTurn turn, UUID userId) {
        return new InterviewEvent(type, turn.getSessionId(), userId, turn.getId());
    }
}
