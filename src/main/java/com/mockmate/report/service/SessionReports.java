package com.mockmate.report.service;

import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.service.CompletedInterview;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.SessionSummaries;
import com.mockmate.interview.service.TurnDetails;
import com.mockmate.report.service.SessionReport.AnswerReport;
import com.mockmate.report.service.SessionReport.DimensionReport;
import com.mockmate.report.service.SessionReport.Evaluator;
import com.mockmate.report.service.SessionReport.QuestionReport;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.user.domain.AuthenticatedUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds the report of a completed interview from the interview's own record; nothing is stored twice. */
@Service
public class SessionReports {

    static final String OFFLINE_LABEL = "Offline evaluator";

    private final InterviewQueries interviews;
    private final SessionSummaries summaries;

    SessionReports(InterviewQueries interviews, SessionSummaries summaries) {
        this.interviews = interviews;
        this.summaries = summaries;
    }

    /** The actor's own completed interview; another user's is not found, an unfinished one is a conflict. */
    public SessionReport of(AuthenticatedUser actor, UUID sessionId) {
        return build(interviews.completed(actor, sessionId), actor.id());
    }

    /** Checks that the actor's interview has a report (owner, completed) without building it. */
    public void requireAvailable(AuthenticatedUser actor, UUID sessionId) {
        interviews.requireCompleted(actor.id(), sessionId);
    }

    /** For work done on the owner's behalf (rendering, a share link the owner made). */
    public SessionReport ofOwner(UUID userId, UUID sessionId) {
        return build(interviews.completed(userId, sessionId), userId);
    }

    SessionReport build(CompletedInterview interview, UUID userId) {
        var session = interview.session();
        var questions = new ArrayList<QuestionReport>();
        for (var question : interview.questions().questions()) {
            var turns = session.turns().stream()
                    .filter(t -> t.questionPosition() == question.position() && t.answerText() != null)
                    .toList();
            if (turns.isEmpty()) {
                continue;
            }
            questions.add(question(question, turns, interview.coverage().get(question.position())));
        }
        return new SessionReport(
                session.id(),
                session.assessmentTitle(),
                session.startedAt(),
                session.completedAt(),
                evaluator(session.llmProvider(), interview),
                session.totalScore(),
                session.summary(),
                summaries.ofOwner(userId, session.id()).orElse(null),
                questions);
    }

    private QuestionReport question(
            DrawnQuestions.Question question, List<TurnDetails> turns, @Nullable KeyPointsCovered coverage) {
        var covered = coverage == null ? List.<String>of() : coverage.covered();
        var missed = coverage == null ? question.keyPoints() : coverage.missed();
        return new QuestionReport(
                question.id(),
                question.position(),
                question.text(),
                question.topic(),
                covered,
                missed,
                question.referenceAnswer(),
                turns.stream().map(t -> answer(question, t)).toList());
    }

    private static AnswerReport answer(DrawnQuestions.Question question, TurnDetails turn) {
        var evaluation = turn.evaluation();
        var scores = turn.scores();
        var dimensions = evaluation == null || scores == null
                ? List.<DimensionReport>of()
                : List.of(
                        dimension("technical", evaluation.technical(), scores.technical()),
                        dimension("depth", evaluation.depth(), scores.depth()),
                        dimension("communication", evaluation.communication(), scores.communication()),
                        dimension("grammar", evaluation.grammar(), scores.grammar()));
        return new AnswerReport(
                turn.id(),
                turn.followUpIndex(),
                turn.followUpIndex() == 0 || turn.promptText() == null ? question.text() : turn.promptText(),
                Objects.requireNonNull(turn.answerText()),
                turn.answerMode(),
                turn.status(),
                dimensions,
                scores == null ? null : scores.total(),
                turn.grammar() == null ? List.of() : turn.grammar().findings(),
                turn.delivery(),
                turn.interviewerText(),
                evaluation == null ? List.of() : evaluation.strengths(),
                evaluation == null ? List.of() : evaluation.improvements());
    }

    private static DimensionReport dimension(String name, DimensionRating rating, BigDecimal points) {
        return new DimensionReport(name, rating.rating().wireName(), points, rating.justification(), rating.evidence());
    }

    private static Evaluator evaluator(String provider, CompletedInterview interview) {
        if ("offline".equals(provider)) {
            return new Evaluator(provider, null, OFFLINE_LABEL);
        }
        @Nullable
        String model = interview.models().values().stream().findFirst().orElse(null);
        return new Evaluator(provider, model, model == null ? provider : provider + " · " + model);
    }
}
