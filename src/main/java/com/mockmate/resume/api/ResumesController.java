package com.mockmate.resume.api;

import com.mockmate.resume.service.ResumeDetails;
import com.mockmate.resume.service.ResumeRequest;
import com.mockmate.resume.service.ResumeSummary;
import com.mockmate.resume.service.Resumes;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/resumes")
@Tag(
        name = "Résumés",
        description = "ATS-friendly résumés written from your profile and verified interview results: JSON Resume"
                + " content, a PDF, and how well it matches a job description")
class ResumesController {

    static final String QUEUED_EXAMPLE = """
            {"id": "6b1f0c2e-8d4a-4f3b-9c7e-2a5d8e1f4b3c", "status": "QUEUED", "targetRole": "Backend Engineer",
             "hasJobDescription": true, "keywordMatchPercentage": null, "failureReason": null,
             "createdAt": "2026-12-03T09:15:30Z", "updatedAt": "2026-12-03T09:15:30Z"}""";

    static final String DETAILS_EXAMPLE = """
            {"id": "6b1f0c2e-8d4a-4f3b-9c7e-2a5d8e1f4b3c", "status": "READY", "targetRole": "Backend Engineer",
             "jobDescription": "We are hiring a backend engineer with Java, Spring Boot and PostgreSQL...",
             "content": {
               "basics": {"name": "Jane Doe", "label": "Backend Engineer", "email": "jane@example.com",
                 "summary": "Backend engineer with five years of Java and Spring Boot...",
                 "location": {"city": "Berlin"}, "profiles": [{"network": "GitHub", "url": "https://github.com/jane"}]},
               "work": [{"name": "Acme Robotics", "position": "Software Engineer", "startDate": "2021-03",
                 "highlights": ["Cut p95 latency of the order API from 900 ms to 120 ms"]}],
               "education": [{"institution": "TU Berlin", "studyType": "BSc Computer Science",
                 "startDate": "2016", "endDate": "2020"}],
               "skills": [{"name": "Java", "level": "Advanced", "keywords": ["Spring Boot", "JPA"]}],
               "projects": [], "certificates": [],
               "mockmate_evidence": [{"topic": "Java", "level": "Advanced", "sessions": 6, "mean_score": 81.5,
                 "statement": "Advanced in Java: 6 mock interviews, mean 81.5/100"}]},
             "keywordMatch": {"found": ["Java", "Spring Boot", "PostgreSQL"], "missing": ["Kubernetes"],
               "percentage": 75},
             "failureReason": null, "provider": "gemini", "model": "gemini-2.5-flash", "promptVersion": "resume-v1",
             "edited": false, "createdAt": "2026-12-03T09:15:30Z", "updatedAt": "2026-12-03T09:15:41Z"}""";

    private final Resumes resumes;

    ResumesController(Resumes resumes) {
        this.resumes = resumes;
    }

    record CreateResume(
            @NotBlank @Size(max = 120) String targetRole,
            @Nullable @Size(max = 20_000) String jobDescription) {}

    @PostMapping
    @Operation(
            summary = "Ask for a new résumé",
            description = "A background job writes it from your profile and verified insights (with the configured"
                    + " model, or the offline builder), checks that no employer, date, degree or certification is"
                    + " invented, renders the PDF and matches it against the job description. Poll GET"
                    + " /api/v1/resumes/{id} until the status is READY or FAILED. At most two résumés are written at"
                    + " once per candidate.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"targetRole": "Backend Engineer",
                     "jobDescription": "We are hiring a backend engineer with Java, Spring Boot and PostgreSQL..."}"""))))
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = QUEUED_EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "targetRole missing or longer than 120, jobDescription over 20,000")
    @ApiResponse(responseCode = "429", description = "Two résumés are already being written")
    ResponseEntity<ResumeSummary> create(
            @AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody CreateResume request) {
        var created = resumes.request(actor, new ResumeRequest(request.targetRole(), request.jobDescription()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/resumes/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Your résumés, newest first")
    @ApiResponse(
            responseCode = "200",
            content = @Content(examples = @ExampleObject(value = "[" + QUEUED_EXAMPLE + "]")))
    List<ResumeSummary> list(@AuthenticationPrincipal AuthenticatedUser actor) {
        return resumes.list(actor);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One résumé: its status, JSON Resume content and keyword match",
            description = "content is null until READY; keywordMatch is null without a job description;"
                    + " failureReason says why a FAILED one could not be written.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = DETAILS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No résumé of yours with this id")
    ResumeDetails get(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return resumes.get(actor, id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Save your edit of a résumé's content",
            description = "The whole JSON Resume document (as GET returns it in content). It is validated against the"
                    + " résumé schema and against your profile (employers, dates, degrees and certifications must be"
                    + " on it), then the PDF is rendered again.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"basics": {"label": "Backend Engineer", "summary": "Backend engineer with five years of Java..."},
                     "work": [{"name": "Acme Robotics", "position": "Software Engineer", "startDate": "2021-03",
                       "highlights": ["Cut p95 latency of the order API from 900 ms to 120 ms"]}],
                     "education": [], "skills": [{"name": "Java", "level": "Advanced", "keywords": []}],
                     "projects": [], "certificates": [], "mockmate_evidence": []}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = DETAILS_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Field errors, each a JSON pointer into the résumé")
    @ApiResponse(responseCode = "404", description = "No résumé of yours with this id")
    @ApiResponse(responseCode = "409", description = "The résumé is not READY")
    ResumeDetails update(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @RequestBody JsonNode content) {
        return resumes.update(actor, id, content);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a résumé and its files")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No résumé of yours with this id")
    void delete(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        resumes.delete(actor, id);
    }

    @GetMapping(
            value = "/{id}/pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(
            summary = "Download the résumé's PDF",
            description = "Streamed by the server, or, when files are kept in S3, a 302 to a presigned URL that is"
                    + " valid for 15 minutes.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "302", description = "Download it from the Location (S3, valid 15 minutes)")
    @ApiResponse(responseCode = "404", description = "No résumé of yours with this id")
    @ApiResponse(responseCode = "409", description = "Not READY: still being written, or writing it failed")
    ResponseEntity<InputStreamResource> pdf(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return switch (resumes.download(actor, id)) {
            case Resumes.PdfDownload.Redirect(var url) ->
                ResponseEntity.status(HttpStatus.FOUND)
                        .location(url)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build();
            case Resumes.PdfDownload.Stream(var pdf, var fileName) ->
                ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .contentLength(pdf.length())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(fileName)
                                        .build()
                                        .toString())
                        .body(new InputStreamResource(pdf.stream()));
        };
    }
}
