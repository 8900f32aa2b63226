package com.mockmate.report.api;

import com.mockmate.report.service.ReportPdfs;
import com.mockmate.report.service.SessionReport;
import com.mockmate.report.service.SessionReports;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sessions/{id}/report")
@Tag(name = "Reports", description = "What a candidate takes away from a completed interview")
class ReportController {

    static final String REPORT_EXAMPLE = """
            {"sessionId": "5d6e7f80-9a1b-4c2d-8e3f-405162738495", "testTitle": "Software Engineer Warm-up",
             "startedAt": "2026-11-24T10:15:30Z", "completedAt": "2026-11-24T10:41:02Z",
             "evaluator": {"provider": "offline", "model": null, "label": "Offline evaluator"},
             "total": 71.50, "summary": {"overallFeedback": "...", "perTopic": {"Java": 71.50}},
             "writtenSummary": {"status": "READY",
               "overallFeedback": "A solid interview. You scored 71.5 out of 100 ...",
               "strengths": ["Your strongest dimension was technical accuracy ...", "You covered 5 of 8 key points ...",
                 "Clean written English: 1 grammar finding in 412 words."],
               "improvements": [{"improvement": "Question 2 (Java) missed 2 of 4 key points, such as ...",
                 "nextStep": "Study ..., explain it aloud in two or three sentences, then try question 2 again."}],
               "recommendedNextTopic": "SQL & Databases",
               "writtenBy": {"provider": "offline", "model": "rubric-summary", "promptVersion": "offline-summary-v1",
                 "label": "Offline summary"},
               "failureReason": null},
             "questions": [{"questionId": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "position": 1,
               "text": "How does a HashMap store and find entries?", "topic": "Java",
               "keyPointsCovered": ["hashCode picks the bucket"], "keyPointsMissed": ["resizing rehashes entries"],
               "exampleAnswer": "A HashMap keeps an array of buckets ...",
               "answers": [{"turnId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "followUpIndex": 0,
                 "prompt": "How does a HashMap store and find entries?",
                 "answer": "It hashes the key to pick a bucket. Then it go through the bucket with equals.",
                 "mode": "TEXT", "status": "EVALUATED",
                 "dimensions": [{"name": "technical", "rating": "good", "points": 80.00,
                   "justification": "Covered 3 of 4 key points.",
                   "evidence": ["It hashes the key to pick a bucket."]},
                  {"name": "grammar", "rating": "good", "points": 80.00,
                   "justification": "One agreement error.",
                   "evidence": ["Then it go through the bucket with equals."]}],
                 "total": 80.00, "grammarFindings": [{"message": "Possible agreement error", "excerpt": "it go",
                   "offset": 41, "length": 5, "suggestions": ["it goes"], "rule": "HE_VERB_AGR"}],
                 "delivery": null, "interviewerReaction": "Good. Question 2 of 8: ...",
                 "strengths": ["Named the bucket lookup"], "improvements": ["Explain resizing"]}]}]}""";

    static final String PDF_STATE_EXAMPLE = """
            {"sessionId": "5d6e7f80-9a1b-4c2d-8e3f-405162738495", "status": "QUEUED",
             "message": "The PDF is being made (queued); try again in a few seconds."}""";

    private final SessionReports reports;
    private final ReportPdfs pdfs;

    ReportController(SessionReports reports, ReportPdfs pdfs) {
        this.reports = reports;
        this.pdfs = pdfs;
    }

    @GetMapping
    @Operation(
            summary = "The report of a completed interview",
            description = "Per question: the answers and their ratings, justifications, evidence (up to three quotes"
                    + " per dimension, each checked to occur in the answer), grammar findings and delivery, the key"
                    + " points covered and missed, and an example answer. writtenSummary is the summary written after"
                    + " completion (status WRITING until it is ready; FAILED when the model could not write it and the"
                    + " offline summary stands in, with failureReason); it is null for a practice session. Only the"
                    + " interview's candidate gets it.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = REPORT_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No interview of yours with this id")
    @ApiResponse(responseCode = "409", description = "The interview is not completed yet")
    SessionReport report(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return reports.of(actor, id);
    }

    @PostMapping("/pdf")
    @Operation(
            summary = "Ask for the report as a PDF",
            description = "A background job renders it (tagged PDF, embedded fonts). Poll GET on the same path: 409"
                    + " while it is being made, then 200 with the file. Asking again renders it anew.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = PDF_STATE_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No interview of yours with this id")
    @ApiResponse(responseCode = "409", description = "The interview is not completed yet")
    ResponseEntity<ReportPdfs.PdfState> requestPdf(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        var state = pdfs.request(actor, id);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/sessions/" + id + "/report/pdf"))
                .body(state);
    }

    @GetMapping(
            value = "/pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Download the report's PDF once it is ready")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "No PDF has been asked for, or not your interview")
    @ApiResponse(
            responseCode = "409",
            description = "Still being made, or making it failed (the detail says which and why)")
    ResponseEntity<InputStreamResource> downloadPdf(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return PdfResponses.of(
                pdfs.download(actor, id),
                ContentDisposition.attachment()
                        .filename("mockmate-report-" + id + ".pdf")
                        .build(),
                HttpHeaders.EMPTY);
    }
}
