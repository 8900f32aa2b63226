package com.mockmate.interview.api;

import com.mockmate.interview.service.PracticeService;
import com.mockmate.interview.service.QuestionAttempt;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Practice: one question of a finished interview tried again, and every attempt at a question. Own sessions only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Practice", description = "Try a question again and see every attempt at it")
class PracticeController {

    static final String PRACTICE_EXAMPLE = """
            {"id": "9c0d1e2f-3a4b-4c5d-8e6f-708192a3b4c5", "assessmentId": "befa87e7-d054-4f5a-a83f-309f80f8a761",
             "assessmentTitle": "Software Engineer Warm-up", "status": "IN_PROGRESS", "llmProvider": "offline",
             "startedAt": "2026-11-25T09:00:00Z", "completedAt": null, "totalScore": null, "summary": null,
             "openingText": "Hi, welcome to your mock interview ... Question 1 of 1: What is the difference between ...",
             "currentQuestion": {"id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "text": "What is the difference between ...",
               "position": 1, "count": 1, "followUp": null}, "turns": [],
             "practiceOf": "5d6e7f80-9a1b-4c2d-8e3f-405162738495"}""";
    static final String ATTEMPTS_EXAMPLE = """
            [{"sessionId": "9c0d1e2f-3a4b-4c5d-8e6f-708192a3b4c5", "answeredAt": "2026-11-25T09:01:10Z",
              "practice": true, "practiceOf": "5d6e7f80-9a1b-4c2d-8e3f-405162738495",
              "ratings": {"technical": "excellent", "depth": "good", "communication": "good", "grammar": "excellent"},
              "scores": {"technical": 100.00, "depth": 80.00, "communication": 80.00, "grammar": 100.00, "total": 90.00}},
             {"sessionId": "5d6e7f80-9a1b-4c2d-8e3f-405162738495", "answeredAt": "2026-11-24T10:16:02Z",
              "practice": false, "practiceOf": null,
              "ratings": {"technical": "fair", "depth": "poor", "communication": "good", "grammar": "good"},
              "scores": {"technical": 60.00, "depth": 30.00, "communication": 80.00, "grammar": 80.00, "total": 61.50}}]""";

    private final PracticeService practice;

    PracticeController(PracticeService practice) {
        this.practice = practice;
    }

    @PostMapping("/sessions/{id}/questions/{questionId}/attempts")
    @Operation(
            summary = "Try one question of a completed interview again",
            description = "Starts a practice session of that one question, linked to the interview (practiceOf), as"
                    + " the interview asked it: a later edit of the question does not change it. Answer it like any"
                    + " interview, typed or spoken. Practice scores are kept apart from test averages. A retry from a"
                    + " practice session links to the same test interview. It counts towards the limit of interviews"
                    + " in progress.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = PRACTICE_EXAMPLE)))
    @ApiResponse(
            responseCode = "404",
            description = "No session of yours with this id, or the question is not one of the session's")
    @ApiResponse(
            responseCode = "409",
            description = "The interview is not completed, or too many interviews are in progress")
    ResponseEntity<SessionDetails> tryAgain(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @PathVariable UUID questionId) {
        var session = practice.tryAgain(actor, id, questionId);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
                .body(session);
    }

    @GetMapping("/questions/{questionId}/attempts")
    @Operation(
            summary = "Your attempts at a question, newest first",
            description = "Every session of yours with an evaluated answer to the question, tests and practice alike."
                    + " Scores are the question's scores as the results show them: per dimension and in total the mean"
                    + " over its evaluated answers, follow-ups included; the ratings are those of the first answer."
                    + " A question you never answered has an empty list.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ATTEMPTS_EXAMPLE)))
    List<QuestionAttempt> attempts(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID questionId) {
        return practice.attempts(actor, questionId);
    }
}
