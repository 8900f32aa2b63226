package com.mockmate.assessment.api;

import com.mockmate.assessment.api.AssessmentDtos.AssessmentResponse;
import com.mockmate.assessment.api.AssessmentDtos.AssessmentSummaryResponse;
import com.mockmate.assessment.api.AssessmentDtos.CandidateAssessmentResponse;
import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentBrowser;
import com.mockmate.assessment.service.AssessmentDraft;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.base.api.PageResponse;
import com.mockmate.base.api.SortableBy;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.catalog.service.RemovalOutcome;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The "tests" of the UI. Staff get the full record; candidates see only published tests, without questions. */
@RestController
@RequestMapping("/api/v1/tests")
@Tag(name = "Tests", description = "Assessments that candidates take")
class AssessmentController {

    static final String STAFF_EXAMPLE = """
            {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "title": "Backend Developer Screening",
             "description": "Java, SQL and one design question", "status": "DRAFT",
             "ownerId": "8fc09fa1-d3ce-4a1b-bfdb-071b52cab481", "timeLimitMinutes": 30,
             "questions": [{"position": 1, "id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "topicId": "6f7e8d9c-0b1a-4c2d-8e3f-4a5b6c7d8e9f",
               "text": "How does a HashMap find the value for a key?", "difficulty": "MEDIUM",
               "keyPoints": ["hashCode selects the bucket"], "referenceAnswer": "...", "archived": false}],
             "version": 0, "createdAt": "2026-11-24T10:15:30Z", "updatedAt": "2026-11-24T10:15:30Z"}""";

    private final AssessmentService assessments;
    private final AssessmentBrowser browser;

    AssessmentController(AssessmentService assessments, AssessmentBrowser browser) {
        this.assessments = assessments;
        this.browser = browser;
    }

    @GetMapping
    @Operation(
            summary = "List tests",
            description = "Instructors and admins: every test as AssessmentSummaryResponse, filterable by status and q."
                    + " Candidates: published tests only, as CandidateAssessmentResponse (no questions).")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "staff", value = """
                {"content": [{"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "title": "Backend Developer Screening", "status": "PUBLISHED",
                  "ownerId": "8fc09fa1-d3ce-4a1b-bfdb-071b52cab481", "questionCount": 5, "timeLimitMinutes": 30, "version": 2,
                  "updatedAt": "2026-11-24T10:15:30Z"}], "page": 0, "size": 20, "totalElements": 1, "totalPages": 1}"""),
                                @ExampleObject(name = "candidate", value = """
                {"content": [{"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "title": "Backend Developer Screening",
                  "description": "Java, SQL and one design question", "questionCount": 5, "timeLimitMinutes": 30,
                  "topics": ["Java", "SQL & Databases"], "difficultyMix": {"EASY": 2, "MEDIUM": 3}}],
                 "page": 0, "size": 5, "totalElements": 1, "totalPages": 1}""")
                            }))
    PageResponse<?> list(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable AssessmentStatus status,
            @Parameter(description = "Candidates: only tests covering this topic name")
                    @RequestParam(required = false)
                    @Nullable
                    String topic,
            @PageableDefault(size = 20, sort = "title", direction = Sort.Direction.ASC)
                    @SortableBy({"title", "status", "createdAt", "updatedAt"})
                    Pageable pageable) {
        if (actor.isStaff()) {
            return PageResponse.of(assessments.search(q, status, pageable), AssessmentSummaryResponse::of);
        }
        var cards = browser.published().stream()
                .filter(card -> topic == null || card.topics().stream().anyMatch(t -> t.equalsIgnoreCase(topic)))
                .filter(card ->
                        q == null || card.title().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .map(CandidateAssessmentResponse::of)
                .toList();
        int from = (int) Math.min(pageable.getOffset(), cards.size());
        int to = Math.min(from + pageable.getPageSize(), cards.size());
        return PageResponse.of(new PageImpl<>(cards.subList(from, to), pageable, cards.size()), c -> c);
    }

    @PostMapping
    @Operation(
            summary = "Create a test (instructor, admin)",
            description =
                    "Either questionIds in order, or draw rules that pick random questions once, now. Starts as DRAFT.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(name = "questions", value = """
                        {"title": "Backend Developer Screening", "description": "Java, SQL and one design question",
                         "timeLimitMinutes": 30, "questionIds": ["1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"]}"""),
                                                @ExampleObject(name = "rules", value = """
                        {"title": "Random Java Drill", "rules": [{"topicId": "6f7e8d9c-0b1a-4c2d-8e3f-4a5b6c7d8e9f", "difficulty": "MEDIUM", "count": 3}]}""")
                                            })))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = STAFF_EXAMPLE)))
    ResponseEntity<AssessmentResponse> create(
            @AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody AssessmentDraft draft) {
        var created = assessments.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/tests/" + created.id()))
                .eTag(ExpectedVersion.etag(created.version()))
                .body(AssessmentResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a test", description = "Candidates get 404 for anything not published.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(oneOf = {AssessmentResponse.class, CandidateAssessmentResponse.class}),
                            examples = @ExampleObject(value = STAFF_EXAMPLE)))
    ResponseEntity<?> get(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        if (!actor.isStaff()) {
            return ResponseEntity.ok(CandidateAssessmentResponse.of(browser.publishedCard(id)));
        }
        var details = assessments.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(details.version())).body(AssessmentResponse.of(details));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a test (owner, admin)",
            description =
                    "Title, description, time limit and question order. Send the version as If-Match or `version`.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"title": "Backend Developer Screening", "timeLimitMinutes": 40,
                     "questionIds": ["1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"], "version": 0}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = STAFF_EXAMPLE)))
    @ApiResponse(
            responseCode = "409",
            description = "Stale version, duplicate title, or questions of a test already taken")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    ResponseEntity<AssessmentResponse> update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody AssessmentDraft draft) {
        var updated = assessments.update(actor, id, draft, ExpectedVersion.of(ifMatch, draft.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(AssessmentResponse.of(updated));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a test so candidates can take it (owner, admin)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = STAFF_EXAMPLE)))
    AssessmentResponse publish(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return AssessmentResponse.of(assessments.publish(actor, id));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a test: candidates no longer see it; history stays (owner, admin)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = STAFF_EXAMPLE)))
    AssessmentResponse archive(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return AssessmentResponse.of(assessments.archive(actor, id));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a test (owner, admin)",
            description = "204 when deleted; a test candidates took is archived: 200.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"outcome": "ARCHIVED", "detail": "Candidates have taken this test, so it was archived instead of deleted."}""")))
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Map<String, String>> delete(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        if (assessments.delete(actor, id) == RemovalOutcome.DELETED) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(Map.of(
                "outcome",
                RemovalOutcome.ARCHIVED.name(),
                "detail",
                "Candidates have taken this test, so it was archived instead of deleted."));
    }
}
