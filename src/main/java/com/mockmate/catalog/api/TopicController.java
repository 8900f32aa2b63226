package com.mockmate.catalog.api;

import com.mockmate.base.api.PageResponse;
import com.mockmate.base.api.SortableBy;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.catalog.api.CatalogDtos.TopicResponse;
import com.mockmate.catalog.service.TopicDraft;
import com.mockmate.catalog.service.TopicService;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics", description = "Subjects of the question bank; everyone signed in can read them")
class TopicController {

    static final String TOPIC_EXAMPLE = """
            {"id": "6f7e8d9c-0b1a-4c2d-8e3f-4a5b6c7d8e9f", "name": "Java", "description": "Core Java and the JVM",
             "ownerId": "8fc09fa1-d3ce-4a1b-bfdb-071b52cab481", "questionCount": 6, "version": 0,
             "createdAt": "2026-11-24T10:15:30Z", "updatedAt": "2026-11-24T10:15:30Z"}""";

    private final TopicService topics;

    TopicController(TopicService topics) {
        this.topics = topics;
    }

    @GetMapping
    @Operation(
            summary = "List topics",
            description = "Paged; `sort` e.g. `name,asc`; `q` searches name and description.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"content\": [" + TOPIC_EXAMPLE
                                                            + "], \"page\": 0, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}")))
    PageResponse<TopicResponse> list(
            @Parameter(description = "Search text") @RequestParam(required = false) @Nullable String q,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC)
                    @SortableBy({"name", "createdAt", "updatedAt"})
                    Pageable pageable) {
        return PageResponse.of(topics.search(q, pageable), TopicResponse::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a topic (instructor, admin)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"name": "Kotlin", "description": "Coroutines, null safety and the standard library"}"""))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = TOPIC_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "A topic with this name exists (case-insensitive)")
    ResponseEntity<TopicResponse> create(
            @AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody TopicDraft draft) {
        var topic = topics.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/topics/" + topic.id()))
                .eTag(ExpectedVersion.etag(topic.version()))
                .body(TopicResponse.of(topic));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a topic", description = "The ETag header carries the version for If-Match on update.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = TOPIC_EXAMPLE)))
    ResponseEntity<TopicResponse> get(@PathVariable UUID id) {
        var topic = topics.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(topic.version())).body(TopicResponse.of(topic));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a topic (owner, admin)",
            description = "Send the version you edited as If-Match (412 when stale) or as `version` (409 when stale).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"name": "Java & JVM", "description": "Core Java, the JVM and its tooling", "version": 0}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = TOPIC_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Stale `version` or duplicate name")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "Neither If-Match nor `version` sent")
    ResponseEntity<TopicResponse> update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody TopicDraft draft) {
        var topic = topics.update(actor, id, draft, ExpectedVersion.of(ifMatch, draft.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(topic.version())).body(TopicResponse.of(topic));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a topic without questions (owner, admin)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The topic still has questions")
    void delete(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        topics.delete(actor, id);
    }
}
