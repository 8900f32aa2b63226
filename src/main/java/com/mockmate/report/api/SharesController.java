package com.mockmate.report.api;

import com.mockmate.base.web.PublicUrls;
import com.mockmate.report.service.ShareLinks;
import com.mockmate.report.service.ShareLinks.SharedLink;
import com.mockmate.report.service.ShareLinks.SharedReport;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Share links", description = "Read-only links to a completed interview's report, e.g. for a mentor")
class SharesController {

    static final String SHARE_EXAMPLE = """
            {"id": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
             "url": "https://mockmate.example/shared/q3Zk8v0bT1xYw2n5Lr7sQe4uJ9aC6dHf0gKmNpRtViU",
             "expiresAt": "2026-12-09T10:15:30Z"}""";

    private final ShareLinks links;
    private final PublicUrls urls;

    SharesController(ShareLinks links, PublicUrls urls) {
        this.links = links;
        this.urls = urls;
    }

    record ShareRequest(@NotNull @Min(1) @Max(30) Integer expiresInDays) {}

    /** A new link: its URL carries the token, which is shown only this once. */
    record CreatedShare(UUID id, String url, Instant expiresAt) {}

    @PostMapping("/api/v1/sessions/{id}/shares")
    @Operation(
            summary = "Share a completed interview's report",
            description = "Anyone with the URL can read the report and its PDF, without an account, until the link"
                    + " expires or you revoke it. The URL is shown only in this response.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"expiresInDays": 7}"""))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = SHARE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "expiresInDays missing or not within 1..30")
    @ApiResponse(responseCode = "404", description = "No interview of yours with this id")
    @ApiResponse(responseCode = "409", description = "The interview is not completed yet")
    ResponseEntity<CreatedShare> create(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @Valid @RequestBody ShareRequest request,
            HttpServletRequest http) {
        var link = links.create(actor, id, request.expiresInDays());
        var url = urls.of(http, link.path());
        return ResponseEntity.created(URI.create("/api/v1/shares/" + link.id()))
                .body(new CreatedShare(link.id(), url, link.expiresAt()));
    }

    @GetMapping("/api/v1/shares")
    @Operation(summary = "Your share links, newest first (without their tokens)")
    List<SharedLink> mine(@AuthenticationPrincipal AuthenticatedUser actor) {
        return links.mine(actor);
    }

    @DeleteMapping("/api/v1/shares/{id}")
    @Operation(summary = "Revoke a share link: it answers 410 from now on")
    @ApiResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @ApiResponse(responseCode = "404", description = "No share link of yours with this id")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        links.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/shared/{token}")
    @Operation(summary = "The report behind a share link (public: the token is the permission)")
    @ApiResponse(responseCode = "200", description = "The report, whether its PDF is ready, and the link's expiry")
    @ApiResponse(responseCode = "404", description = "No such link")
    @ApiResponse(responseCode = "410", description = "The link expired or was revoked")
    ResponseEntity<SharedReport> shared(@PathVariable String token) {
        return ResponseEntity.ok().header("X-Robots-Tag", "noindex, nofollow").body(links.open(token));
    }

    @GetMapping(
            value = "/api/v1/shared/{token}/pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The PDF behind a share link (public)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "409", description = "The PDF is still being made")
    @ApiResponse(responseCode = "410", description = "The link expired or was revoked")
    ResponseEntity<InputStreamResource> sharedPdf(@PathVariable String token) {
        var headers = new HttpHeaders();
        headers.set("X-Robots-Tag", "noindex, nofollow");
        return PdfResponses.of(
                links.pdf(token),
                ContentDisposition.inline().filename("mockmate-report.pdf").build(),
                headers);
    }
}
