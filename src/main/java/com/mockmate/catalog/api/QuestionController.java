package com.mockmate.catalog.api;

import com.mockmate.base.api.PageResponse;
import com.mockmate.base.api.SortableBy;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.catalog.api.CatalogDtos.QuestionResponse;
import com.mockmate.catalog.api.CatalogDtos.RemovalResponse;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.QuestionFilter;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.RemovalOutcome;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Questions", description = "The question bank with answer keys (instructors and admins only)")
class QuestionController {

    static final String QUESTION_EXAMPLE = """
            {"id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "topicId": "6f7e8d9c-0b1a-4c2d-8e3f-4a5b6c7d8e9f",
             "text": "How does a HashMap find the value for a key?", "difficulty": "MEDIUM",
             "keyPoints": ["hashCode selects the bucket", "equals resolves collisions"],
             "referenceAnswer": "The key's hashCode picks a bucket ...", "tags": ["collections"],
             "timeLimitSeconds": 180, "ownerId": "8fc09fa1-d3ce-4a1b-bfdb-071b52cab481", "archived": false,
             "version": 0, "createdAt": "2026-11-24T10:15:30Z", "updatedAt": "2026-11-24T10:15:30Z"}""";
    static final String DRAFT_EXAMPLE = """
            {"text": "How does a HashMap find the value for a key?", "difficulty": "MEDIUM",
             "keyPoints": ["hashCode selects the bucket", "equals resolves collisions"],
             "referenceAnswer": "The key's hashCode picks a bucket ...", "tags": ["collections"], "timeLimitSeconds": 180}""";

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/topics/{topicId}/questions")
    @Operation(
            summary = "List a topic's questions",
            description = "Filters: difficulty, tag, text. Archived questions are left out.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"content\": [" + QUESTION_EXAMPLE
                                                            + "], \"page\": 0, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}")))
    PageResponse<QuestionResponse> list(
            @PathVariable UUID topicId,
            @RequestParam(required = false) @Nullable Difficulty difficulty,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String text,
            @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.ASC)
                    @SortableBy({"text", "difficulty", "timeLimitSeconds", "createdAt", "updatedAt"})
                    Pageable pageable) {
        return PageResponse.of(
                questions.list(topicId, new QuestionFilter(difficulty, tag, text), pageable), QuestionResponse::of);
    }

    @PostMapping("/topics/{topicId}/questions")
    @Operation(
            summary = "Add a question to a topic",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = DRAFT_EXAMPLE))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = QUESTION_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Missing text, unknown difficulty or other invalid fields")
    ResponseEntity<QuestionResponse> create(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID topicId,
            @Valid @RequestBody QuestionDraft draft) {
        var question = questions.create(actor, topicId, draft);
        return ResponseEntity.created(URI.create("/api/v1/questions/" + question.id()))
                .eTag(ExpectedVersion.etag(question.version()))
                .body(QuestionResponse.of(question));
    }

    @GetMapping("/questions/{id}")
    @Operation(summary = "Get a question with its answer key")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = QUESTION_EXAMPLE)))
    ResponseEntity<QuestionResponse> get(@PathVariable UUID id) {
        var question = questions.get(id);
        return ResponseEntity.ok()
                .eTag(ExpectedVersion.etag(question.version()))
                .body(QuestionResponse.of(question));
    }

    @PutMapping("/questions/{id}")
    @Operation(
            summary = "Update a question (owner, admin)",
            description = "Send the version you edited as If-Match (412 when stale) or as `version` (409 when stale).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"text": "How does a HashMap look up a key?", "difficulty": "MEDIUM", "keyPoints": ["hashCode selects the bucket"],
                     "tags": ["collections"], "version": 0}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = QUESTION_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Stale `version`")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    ResponseEntity<QuestionResponse> update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody QuestionDraft draft) {
        var question = questions.update(actor, id, draft, ExpectedVersion.of(ifMatch, draft.version()));
        return ResponseEntity.ok()
                .eTag(ExpectedVersion.etag(question.version()))
                .body(QuestionResponse.of(question));
    }

    @DeleteMapping("/questions/{id}")
    @Operation(
            summary = "Delete a question (owner, admin)",
            description = "204 when deleted. A question that an assessment or interview used is archived instead: 200"
                    + " with outcome ARCHIVED.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"outcome": "ARCHIVED", "detail": "The question is used by an assessment or an interview, so it was archived instead of deleted."}""")))
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<RemovalResponse> delete(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        if (questions.delete(actor, id) == RemovalOutcome.DELETED) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(new RemovalResponse(
                RemovalOutcome.ARCHIVED.name(),
                "The question is used by an assessment or an interview, so it was archived instead of deleted."));
    }
}
