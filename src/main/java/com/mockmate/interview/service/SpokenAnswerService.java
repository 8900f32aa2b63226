package com.mockmate.interview.service;

import com.mockmate.base.domain.TextRules;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.base.error.PayloadTooLargeException;
import com.mockmate.base.error.UnsupportedMediaException;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.evaluation.TurnDispatcher;
import com.mockmate.interview.voice.RecordingStore;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.DeliveryAnalyzer;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.RecordingConsent;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spoken answers. The recording is stored before anything else happens and the turn starts as TRANSCRIBING; speech
 * recognition and evaluation then run on the same fast-and-durable path as typed answers. A candidate who asked to
 * review the transcript confirms or corrects it before it is evaluated.
 */
@Service
public class SpokenAnswerService {

    /** A recording as received from the browser or an API client. */
    public record AudioUpload(
            byte[] audio,
            @Nullable String contentType,
            @Nullable String clientTurnId,
            @Nullable String browserTranscript,
            boolean reviewTranscript) {}

    private final AnswerIntake intake;
    private final InterviewQueries queries;
    private final InterviewTurnRepository turns;
    private final RecordingStore recordings;
    private final TurnDispatcher dispatcher;
    private final SpeechProperties speech;
    private final RecordingConsent consent;
    private final DeliveryAnalyzer delivery;
    private final TransactionTemplate tx;
    private final Clock clock;

    SpokenAnswerService(
            AnswerIntake intake,
            InterviewQueries queries,
            InterviewTurnRepository turns,
            RecordingStore recordings,
            TurnDispatcher dispatcher,
            SpeechProperties speech,
            RecordingConsent consent,
            DeliveryAnalyzer delivery,
            TransactionTemplate tx,
            Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.turns = turns;
        this.recordings = recordings;
        this.dispatcher = dispatcher;
        this.speech = speech;
        this.consent = consent;
        this.delivery = delivery;
        this.tx = tx;
        this.clock = clock;
    }

    public AcceptedAnswer submitAudio(AuthenticatedUser actor, UUID sessionId, AudioUpload upload) {
        var clientTurnId = AnswerIntake.requireClientTurnId(upload.clientTurnId());
        var target = intake.target(actor, sessionId, clientTurnId);
        if (target.earlier().isPresent()) {
            return AcceptedAnswer.earlier(target.earlier().get());
        }
        if (!consent.given(actor.id())) {
            throw new ConflictException("Agree to have your answers recorded first"
                    + " (POST /api/v1/users/me/recording-consent, or \"Allow recording\" in the interview screen).");
        }
        var clip = validClip(upload);
        var browserTranscript = validBrowserTranscript(upload.browserTranscript());
        var turnId = UUID.randomUUID();
        var key = recordings.store(actor.id(), sessionId, turnId, clip);
        AcceptedAnswer accepted;
        try {
            var recording = SpokenAnswer.recorded(
                    key, clip.contentType(), clip.bytes().length, browserTranscript, upload.reviewTranscript());
            accepted = intake.accept(
                    actor,
                    target.session(),
                    clientTurnId,
                    slot -> slot.spoken(turnId, clientTurnId, recording, clock.instant()));
        } catch (RuntimeException rejected) {
            recordings.delete(key);
            throw rejected;
        }
        if (!accepted.created()) {
            // A concurrent submission with the same client turn id won; its recording is the one kept.
            recordings.delete(key);
            return accepted;
        }
        dispatcher.dispatch(sessionId, turnId);
        return accepted;
    }

    /** The candidate's reviewed transcript becomes the answer, and evaluation starts. */
    public AcceptedAnswer confirmTranscript(
            AuthenticatedUser actor, UUID sessionId, UUID turnId, @Nullable String text) {
        var answer = AnswerIntake.requireAnswer(text);
        queries.own(actor, sessionId);
        var confirmed = tx.execute(status -> {
            var turn = turns.findByIdAndSessionId(turnId, sessionId)
                    .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."));
            if (turn.getStatus() != TurnStatus.AWAITING_REVIEW) {
                throw new ConflictException("This answer's transcript is not waiting for review.");
            }
            var measured = turn.getSpoken().getDelivery();
            turn.transcriptConfirmed(
                    answer, measured == null ? null : delivery.recount(measured, answer), clock.instant());
            return AcceptedAnswer.created(turn);
        });
        dispatcher.dispatchEvaluation(sessionId, turnId);
        return Objects.requireNonNull(confirmed);
    }

    private AudioClip validClip(AudioUpload upload) {
        var contentType = upload.contentType() == null ? "" : upload.contentType();
        if (contentType.length() > SpokenAnswer.CONTENT_TYPE_MAX || TextRules.problem(contentType) != null) {
            throw new UnsupportedMediaException("A recording's Content-Type must be a media type of at most "
                    + SpokenAnswer.CONTENT_TYPE_MAX + " characters, such as audio/webm.");
        }
        var mediaType = contentType.isBlank() ? "" : new AudioClip(new byte[] {0}, contentType).mediaType();
        if (!RecordingStore.supports(mediaType)) {
            throw new UnsupportedMediaException("Recordings must be one of "
                    + RecordingStore.EXTENSIONS.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + "; this one is '" + contentType + "'.");
        }
        if (upload.audio().length == 0) {
            throw new BadRequestException("The recording is empty. Record your answer again.");
        }
        requireAcceptableSize(upload.audio().length);
        return new AudioClip(upload.audio(), contentType);
    }

    /** 413 above MOCKMATE_MAX_AUDIO_SIZE; callers holding an upload on disk check before reading it into memory. */
    public void requireAcceptableSize(long bytes) {
        long max = speech.maxAudioSize().toBytes();
        if (bytes > max) {
            throw new PayloadTooLargeException("A recording can be at most " + max / (1024 * 1024) + " MB; this one is "
                    + bytes / (1024 * 1024) + " MB. Give a shorter answer.");
        }
    }

    private static @Nullable String validBrowserTranscript(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > SpokenAnswer.BROWSER_TRANSCRIPT_MAX) {
            throw new BadRequestException(
                    "browserTranscript can have at most " + SpokenAnswer.BROWSER_TRANSCRIPT_MAX + " characters.");
        }
        return text.strip();
    }
}
