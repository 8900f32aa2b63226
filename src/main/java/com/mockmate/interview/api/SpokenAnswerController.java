package com.mockmate.interview.api;

import com.mockmate.base.api.BodyLimit;
import com.mockmate.interview.api.SessionDtos.AcceptedTurn;
import com.mockmate.interview.api.SessionDtos.TranscriptRequest;
import com.mockmate.interview.service.InterviewerSpeech;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SpokenAnswerService;
import com.mockmate.interview.service.SpokenAnswerService.AudioUpload;
import com.mockmate.speech.SynthesizedSpeech;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/sessions/{id}")
@Tag(name = "Voice", description = "Spoken answers, their recordings and the interviewer's voice")
class SpokenAnswerController {

    private static final String ACCEPTED_EXAMPLE = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "status": "TRANSCRIBING"}""";

    private final SpokenAnswerService spokenAnswers;
    private final RecordingService recordings;
    private final InterviewerSpeech speech;

    SpokenAnswerController(SpokenAnswerService spokenAnswers, RecordingService recordings, InterviewerSpeech speech) {
        this.spokenAnswers = spokenAnswers;
        this.recordings = recordings;
        this.speech = speech;
    }

    @PostMapping(path = "/turns/audio", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Answer the current question by voice",
            description = "Multipart: the recording as part `audio` (its Content-Type must be an audio type such as"
                    + " audio/webm), `clientTurnId`, optionally `browserTranscript` (what the browser's own recogniser"
                    + " heard; shown, never scored) and `reviewTranscript=true` to confirm the transcript before it is"
                    + " evaluated. Returns 202 at once with status TRANSCRIBING: the recording is stored first, then"
                    + " transcribed and evaluated in the background (AWAITING_REVIEW in between when reviewing)."
                    + " Requires recording consent (POST /api/v1/users/me/recording-consent).")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = ACCEPTED_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "No recording consent, an answer in progress, or finished")
    @ApiResponse(responseCode = "413", description = "The recording is larger than MOCKMATE_MAX_AUDIO_SIZE")
    @ApiResponse(responseCode = "415", description = "The `audio` part is not a supported audio type")
    @BodyLimit(BodyLimit.Kind.UPLOAD)
    ResponseEntity<AcceptedTurn> answerByVoice(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @RequestPart("audio") MultipartFile audio,
            @RequestParam String clientTurnId,
            @RequestParam(required = false) @Nullable String browserTranscript,
            @RequestParam(defaultValue = "false") boolean reviewTranscript) {
        // The multipart part is on disk: its size is checked before it is read into memory.
        spokenAnswers.requireAcceptableSize(audio.getSize());
        var upload = new AudioUpload(
                bytes(audio), audio.getContentType(), clientTurnId, browserTranscript, reviewTranscript);
        var accepted = spokenAnswers.submitAudio(actor, id, upload);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/sessions/" + id + "/turns/" + accepted.turnId()))
                .body(AcceptedTurn.of(accepted));
    }

    @PostMapping("/turns/{turnId}/transcript")
    @Operation(
            summary = "Confirm or correct a transcript under review",
            description = "For a turn in AWAITING_REVIEW: the text sent becomes the answer and is evaluated.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"answerText": "A hash map uses the key's hash code to pick a bucket ..."}"""))))
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "status": "PENDING"}""")))
    @ApiResponse(responseCode = "409", description = "The turn is not waiting for review")
    ResponseEntity<AcceptedTurn> confirmTranscript(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @PathVariable UUID turnId,
            @Valid @RequestBody TranscriptRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(AcceptedTurn.of(spokenAnswers.confirmTranscript(actor, id, turnId, request.answerText())));
    }

    @GetMapping("/turns/{turnId}/audio")
    @Operation(
            summary = "Your recording of an answer",
            description = "Only for the answer's owner; supports Range requests. 404 once deleted or expired.")
    @ApiResponse(responseCode = "200", description = "The recording, with its original Content-Type")
    @ApiResponse(responseCode = "206", description = "The requested byte range")
    ResponseEntity<Resource> recording(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @PathVariable UUID turnId) {
        var clip = recordings.recording(actor, id, turnId);
        return audio(clip.bytes(), clip.contentType(), CacheControl.noStore());
    }

    @GetMapping("/speech")
    @Operation(
            summary = "The interviewer's opening line as audio",
            description = "When the server makes speech (MOCKMATE_TTS_PROVIDER elevenlabs, openai or offline);"
                    + " 404 with the default `browser`, where clients speak the text themselves. Supports Range.")
    @ApiResponse(responseCode = "200", description = "audio/mpeg or audio/wav")
    @ApiResponse(responseCode = "404", description = "Not your session, or speech is made by the browser")
    @ApiResponse(responseCode = "502", description = "The speech provider failed")
    ResponseEntity<Resource> openingSpeech(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return spoken(speech.opening(actor, id));
    }

    @GetMapping("/turns/{turnId}/speech")
    @Operation(
            summary = "The interviewer's reply to an answer as audio",
            description = "Made once per line of text and voice and cached in the blob store. Supports Range.")
    @ApiResponse(responseCode = "200", description = "audio/mpeg or audio/wav")
    @ApiResponse(responseCode = "206", description = "The requested byte range")
    @ApiResponse(responseCode = "404", description = "Not your turn, no reply yet, or speech is made by the browser")
    @ApiResponse(responseCode = "502", description = "The speech provider failed")
    ResponseEntity<Resource> replySpeech(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id, @PathVariable UUID turnId) {
        return spoken(speech.reply(actor, id, turnId));
    }

    private static ResponseEntity<Resource> spoken(SynthesizedSpeech line) {
        return audio(line.audio(), line.contentType(), CacheControl.noCache().cachePrivate());
    }

    /** Spring answers a Range header on a Resource body with 206 and Content-Range by itself. */
    private static ResponseEntity<Resource> audio(byte[] bytes, String contentType, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .cacheControl(cache)
                .body(new ByteArrayResource(bytes));
    }

    private static byte[] bytes(MultipartFile audio) {
        try {
            return audio.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded recording", e);
        }
    }
}
