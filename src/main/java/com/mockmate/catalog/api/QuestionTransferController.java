package com.mockmate.catalog.api;

import com.mockmate.base.api.BodyLimit;
import com.mockmate.base.domain.TextRules;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.catalog.service.transfer.ImportReport;
import com.mockmate.catalog.service.transfer.QuestionTransferService;
import com.mockmate.catalog.service.transfer.TransferFormat;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/topics/{topicId}")
@Tag(name = "Questions")
class QuestionTransferController {

    private final QuestionTransferService transfers;

    QuestionTransferController(QuestionTransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping(
            value = "/questions:import",
            consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Import questions from CSV or JSON (all or nothing)",
            description = "CSV header: text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds; list cells use"
                    + " '|' between items. JSON: an array of question objects. With dryRun=true nothing is saved."
                    + " Any invalid row rejects the whole file with 422 and a per-row error report.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "text/csv", examples = @ExampleObject(value = """
                    text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds
                    "What is a Java record?",EASY,"immutable data carrier|generated accessors|canonical constructor","A record is ...",java|records,120
                    """))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"dryRun": false, "rows": 1, "valid": 1, "imported": 1, "errors": [], "questions": [{"text": "What is a Java record?", "difficulty": "EASY"}]}""")))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid rows; nothing imported",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
            {"title": "Import rejected", "status": 422, "detail": "2 of 3 rows have errors; nothing was imported.",
             "rows": 3, "valid": 1, "errors": [{"row": 2, "field": "difficulty", "message": "Difficulty must be EASY, MEDIUM or HARD, not 'EXPERT'."}]}""")))
    @BodyLimit(BodyLimit.Kind.IMPORT)
    ResponseEntity<?> importRaw(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID topicId,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody String content) {
        return respond(transfers.importQuestions(actor, topicId, content, format(contentType, null), dryRun));
    }

    @PostMapping(value = "/questions:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import questions from an uploaded .csv or .json file (part `file`)")
    @BodyLimit(BodyLimit.Kind.IMPORT)
    ResponseEntity<?> importUpload(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID topicId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        var format = format(file.getContentType(), file.getOriginalFilename());
        var content = TextRules.utf8(file.getBytes(), "The file");
        return respond(transfers.importQuestions(actor, topicId, content, format, dryRun));
    }

    @GetMapping("/questions:export")
    @Operation(
            summary = "Export a topic's questions",
            description = "format=csv (default) or json; the file re-imports as is.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(value = """
            text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds
            What is a Java record?,EASY,immutable data carrier|generated accessors,A record is ...,java|records,120
            """)))
    ResponseEntity<String> export(@PathVariable UUID topicId, @RequestParam(defaultValue = "csv") String format) {
        var chosen = TransferFormat.detect(null, "export." + format);
        if (chosen == null) {
            throw new BadRequestException("format must be csv or json.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("questions-" + topicId + "." + chosen.extension())
                                .build()
                                .toString())
                .body(transfers.export(topicId, chosen));
    }

    private static TransferFormat format(@Nullable String contentType, @Nullable String fileName) {
        var format = TransferFormat.detect(contentType, fileName);
        if (format == null) {
            throw new BadRequestException("Upload a .csv or .json file.");
        }
        return format;
    }

    private static ResponseEntity<?> respond(ImportReport report) {
        if (report.ok()) {
            return ResponseEntity.ok(report);
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                report.rows() - report.valid() + " of " + report.rows() + " rows have errors; nothing was imported.");
        problem.setTitle("Import rejected");
        problem.setProperty("rows", report.rows());
        problem.setProperty("valid", report.valid());
        problem.setProperty("errors", report.errors());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
