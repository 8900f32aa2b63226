package com.mockmate.progress.api;

import com.mockmate.progress.service.Progress;
import com.mockmate.progress.service.ProgressFilter;
import com.mockmate.progress.service.ProgressService;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/me/progress")
@Tag(name = "Progress", description = "How your interview scores develop")
class ProgressController {

    static final String EXAMPLE = """
            {"completedSessions": 2,
             "topics": [{"topicId": "0b6f3c1e-2a4d-4e8f-9b1c-3d5e7f9a1b2c", "topic": "Java", "sessions": 2,
               "meanTotal": 71.00, "means": {"technical": 75.00, "depth": 62.50, "communication": 80.00, "grammar": 90.00},
               "trend": 14.00, "bestTotal": 78.00, "lastPractised": "2026-12-01T18:20:00Z",
               "series": [{"sessionId": "5c2e8f1a-7b3d-4c6e-9a1f-2b4d6e8f0a1c", "completedAt": "2026-11-30T17:05:00Z", "total": 64.00},
                          {"sessionId": "8d4f1a3c-5e7b-4d9f-8a2c-4e6a8c0e2b4d", "completedAt": "2026-12-01T18:20:00Z", "total": 78.00}]}],
             "series": [{"sessionId": "5c2e8f1a-7b3d-4c6e-9a1f-2b4d6e8f0a1c", "completedAt": "2026-11-30T17:05:00Z", "total": 64.00,
                         "technical": 70.00, "depth": 55.00, "communication": 75.00, "grammar": 90.00},
                        {"sessionId": "8d4f1a3c-5e7b-4d9f-8a2c-4e6a8c0e2b4d", "completedAt": "2026-12-01T18:20:00Z", "total": 78.00,
                         "technical": 80.00, "depth": 70.00, "communication": 85.00, "grammar": 90.00}],
             "streak": {"days": 2, "lastActive": "2026-12-01"},
             "mostMissedKeyPoints": [{"keyPoint": "equals resolves collisions", "misses": 2, "lastMissed": "2026-12-01T18:20:00Z",
               "questions": [{"questionId": "2e4a6c8e-0b1d-4f3a-8c5e-7a9b1d3f5e7a", "text": "How does a HashMap look up a key?"}]}]}""";

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping
    @Operation(
            summary = "Your progress over your completed interviews",
            description = "Per topic: interviews, mean total and dimension means, trend (least-squares slope of the"
                    + " topic's score over its last five interviews, points per interview), best total and when last"
                    + " practised. A time series per interview for charts, the streak of consecutive days with a"
                    + " completed interview (up to today, or yesterday while today has none; never filtered), and"
                    + " the five key points most often missed: those of questions whose best technical rating was"
                    + " fair or lower. Dates are inclusive, in the server's time zone.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "A malformed topic id or date, or 'from' after 'to'",
            content = @Content(mediaType = "application/problem+json"))
    Progress get(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @Parameter(description = "Only this topic") @RequestParam(required = false) @Nullable UUID topicId,
            @Parameter(description = "First completion date, e.g. 2026-11-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Last completion date, e.g. 2026-11-30")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to) {
        return progress.progress(actor, new ProgressFilter(topicId, from, to));
    }
}
