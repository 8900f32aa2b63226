package com.mockmate.interview.api;

import com.mockmate.base.api.PageResponse;
import com.mockmate.base.api.SortableBy;
import com.mockmate.interview.api.SessionDtos.AcceptedTurn;
import com.mockmate.interview.api.SessionDtos.AnswerRequest;
import com.mockmate.interview.api.SessionDtos.StartRequest;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.HistoryFilter;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.SessionHistory;
import com.mockmate.interview.service.SessionListItem;
import com.mockmate.interview.service.TurnDetails;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Interview sessions of the signed-in user. Another user's session is reported as 404. */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "Interviews", description = "Sessions and turns: answer, get evaluated, see results")
class SessionController {

    static final String SESSION_EXAMPLE = """
            {"id": "5d6e7f80-9a1b-4c2d-8e3f-405162738495", "assessmentId": "befa87e7-d054-4f5a-a83f-309f80f8a761",
             "assessmentTitle": "Software Engineer Warm-up", "status": "IN_PROGRESS", "llmProvider": "offline",
             "startedAt": "2026-11-24T10:15:30Z", "completedAt": null, "totalScore": null, "summary": null,
             "openingText": "Hi, welcome to your mock interview ... Question 1 of 8: What is the difference between ...",
             "currentQuestion": {"id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "text": "What is the difference between ...",
               "position": 1, "count": 8, "followUp": null}, "turns": [], "practiceOf": null}""";
    static final String TURN_EXAMPLE = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "position": 1, "questionPosition": 1, "followUpIndex": 0,
             "answerText": "A HashMap uses ...", "interviewerText": "Good ... Question 2 of 8: ...", "status": "EVALUATED",
             "evaluation": {"technical": {"rating": "good", "justification": "Covered 3 of 4 key points."},
               "depth": {"rating": "fair", "justification": "..."}, "communication": {"rating": "good", "justification": "..."},
               "grammar": {"rating": "excellent", "justification": "No issues found."}, "strengths": ["..."],
               "improvements": ["..."], "next_action": "next_question"},
             "scores": {"technical": 80.00, "depth": 60.00, "communication": 80.00, "grammar": 100.00, "total": 80.00},
             "grammar": {"word_count": 54, "issue_count": 0, "findings": []}, "failureReason": null, "provider": "offline"}""";

    static final String HISTORY_EXAMPLE = """
            {"content": [{"id": "5d6e7f80-9a1b-4c2d-8e3f-405162738495", "assessmentId": "befa87e7-d054-4f5a-a83f-309f80f8a761",
              "assessmentTitle": "Software Engineer Warm-up", "status": "COMPLETED", "llmProvider": "offline",
              "startedAt": "2026-11-24T10:15:30Z", "completedAt": "2026-11-24T10:41:02Z", "totalScore": 72.50}],
             "page": 0, "size": 20, "totalElements": 1, "totalPages": 1}""";

    private final InterviewService interviews;
    private final InterviewQueries queries;
    private final SessionHistory history;

    SessionController(InterviewService interviews, InterviewQueries queries, SessionHistory history) {
        this.interviews = interviews;
        this.queries = queries;
        this.history = history;
    }

    @PostMapping
    @Operation(
            summary = "Start an interview on a published test",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"testId": "befa87e7-d054-4f5a-a83f-309f80f8a761"}"""))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = SESSION_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No published test with this id")
    ResponseEntity<SessionDetails> start(
            @AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody StartRequest request) {
        var session = interviews.start(actor, request.testId());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
                .body(session);
    }

    @GetMapping
    @Operation(
            summary = "Your interview history, newest first",
            description = "Filter by a topic the interview drew questions from, by start date (from and to inclusive,"
                    + " in the server's time zone) and by status; sort by startedAt, totalScore, status or title.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = HISTORY_EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "A malformed filter, 'from' after 'to', or an unknown sort property",
            content = @Content(mediaType = "application/problem+json"))
    PageResponse<SessionListItem> history(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @Parameter(description = "Only interviews that drew a question of this topic")
                    @RequestParam(required = false)
                    @Nullable
                    UUID topicId,
            @Parameter(description = "Started on or after this date, e.g. 2026-11-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Started on or before this date, e.g. 2026-11-30")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to,
            @RequestParam(required = false) @Nullable SessionStatus status,
            @PageableDefault(size = 20, sort = "startedAt", direction = Sort.Direction.DESC)
                    @SortableBy({"startedAt", "totalScore", "status", "title"})
                    Pageable pageable) {
        return PageResponse.of(history.list(actor, new HistoryFilter(topicId, from, to, status), pageable), s -> s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A session with its turns, the current question and, once completed, the total and summary")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = SESSION_EXAMPLE)))
    SessionDetails get(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return queries.get(actor, id);
    }

    @PostMapping("/{id}/turns")
    @Operation(
            summary = "Answer the current question",
            description = "Returns 202 at once: the answer is stored, then evaluated in the background. Poll the turn,"
                    + " or listen on the WebSocket /ws/sessions/{id}. The same clientTurnId returns the same turn.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"answerText": "A HashMap uses the key's hashCode to pick a bucket ...", "clientTurnId": "c-1"}"""))))
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "status": "PENDING"}""")))
    @ApiResponse(
            responseCode = "409",
            description = "An earlier answer is still being evaluated, or the interview is finished")
    @ApiResponse(responseCode = "429", description = "Too many answers per minute; see Retry-After")
    ResponseEntity<AcceptedTurn> answer(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @Valid @RequestBody AnswerRequest request) {
        var accepted = interviews.submitAnswer(actor, id, request.answerText(), request.clientTurnId());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/sessions/" + id + "/turns/" + accepted.turnId()))
                .body(AcceptedTurn.of(accepted));
    }

    @GetMapping("/{id}/turns/{turnId}")
    @Operation(summary = "A turn: PENDING, then EVALUATED with evaluation and scores, or FAILED with a reason")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = TURN_EXAMPLE)))
    TurnDetails turn(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @PathVariable UUID turnId) {
        return queries.turn(actor, id, turnId);
    }

    @PostMapping("/{id}/turns/{turnId}/retry")
    @Operation(summary = "Evaluate a FAILED turn again")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "status": "PENDING"}""")))
    ResponseEntity<AcceptedTurn> retry(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @PathVariable UUID turnId) {
        var turn = interviews.retry(actor, id, turnId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new AcceptedTurn(turn.id(), turn.status().name()));
    }

    @PostMapping("/{id}/finish")
    @Operation(
            summary = "Finish the interview: total score and summary",
            description = "A question's score is the mean total of its evaluated answers (follow-ups included). The"
                    + " total is the mean over the test's questions; questions not answered when the interview is"
                    + " finished count as 0 (summary.skippedQuestions, summary.skipped), questions whose every"
                    + " answer failed to be evaluated are left out (summary.unscoredQuestions). With no evaluated"
                    + " answer there is no total (null).")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = SESSION_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "An answer is still being evaluated")
    SessionDetails finish(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return interviews.finish(actor, id);
    }

    @PostMapping("/{id}/abandon")
    @Operation(
            summary = "Set an unfinished interview aside, to start its test over",
            description = "The session becomes ABANDONED: its answers stay readable, it gets no score and no longer"
                    + " counts towards the limit of interviews in progress.")
    @ApiResponse(responseCode = "204", description = "Set aside")
    @ApiResponse(responseCode = "409", description = "The interview is finished, or an answer is still being evaluated")
    ResponseEntity<Void> abandon(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        interviews.abandon(actor, id);
        return ResponseEntity.noContent().build();
    }
}
