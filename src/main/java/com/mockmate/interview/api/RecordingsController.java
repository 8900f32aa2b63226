package com.mockmate.interview.api;

import com.mockmate.interview.service.RecordingService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.RecordingConsent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Voice", description = "Spoken answers, their recordings and the interviewer's voice")
class RecordingsController {

    record DeletedRecordings(int deleted) {}

    private final RecordingService recordings;
    private final RecordingConsent consent;

    RecordingsController(RecordingService recordings, RecordingConsent consent) {
        this.recordings = recordings;
        this.consent = consent;
    }

    @PostMapping("/recording-consent")
    @Operation(
            summary = "Agree to have spoken answers recorded",
            description = "Needed once before the first spoken answer. Recordings are kept for"
                    + " MOCKMATE_AUDIO_RETENTION_DAYS and can be deleted at any time.")
    @ApiResponse(responseCode = "204", description = "Consent recorded")
    ResponseEntity<Void> giveConsent(@AuthenticationPrincipal AuthenticatedUser actor) {
        consent.give(actor.id());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/recording-consent")
    @Operation(
            summary = "Withdraw your consent to recordings",
            description = "The next spoken answer asks for consent again. Recordings already made stay until they"
                    + " expire or you delete them (DELETE /api/v1/users/me/recordings).")
    @ApiResponse(responseCode = "204", description = "Consent withdrawn (also when none was given)")
    ResponseEntity<Void> withdrawConsent(@AuthenticationPrincipal AuthenticatedUser actor) {
        consent.withdraw(actor.id());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/recordings")
    @Operation(
            summary = "Delete all your recordings",
            description = "Deletes the audio of every spoken answer you gave. Transcripts, scores and delivery"
                    + " figures stay.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"deleted": 12}""")))
    DeletedRecordings deleteAll(@AuthenticationPrincipal AuthenticatedUser actor) {
        return new DeletedRecordings(recordings.deleteAllRecordings(actor));
    }
}
