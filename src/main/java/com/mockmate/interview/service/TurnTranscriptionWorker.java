package com.mockmate.interview.service;

import com.mockmate.interview.service.TurnEvaluationWorker.Result;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.DeliveryAnalyzer;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.Transcript;
import com.mockmate.speech.audio.FfmpegAudio;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a stored recording into the answer's text, under the session's lock. Checks what no recogniser should be
 * trusted with first: a recording that is too long or silent fails with a reason the candidate can act on.
 */
@Component
class TurnTranscriptionWorker {

    private static final Logger log = LoggerFactory.getLogger(TurnTranscriptionWorker.class);

    static final String SILENT =
            "We could not hear anything in this recording. Check that the right microphone is selected and not muted,"
                    + " then try again.";
    static final String NOTHING_RECOGNISED =
            "No speech was recognised in this recording. Speak a little closer to the microphone, or type your answer.";

    private final SessionLock lock;
    private final TranscriptionSteps steps;
    private final FfmpegAudio ffmpeg;
    private final SpeechRecognizer recognizer;
    private final DeliveryAnalyzer delivery;
    private final SpeechProperties properties;
    private final InterviewEventBus events;

    TurnTranscriptionWorker(
            SessionLock lock,
            TranscriptionSteps steps,
            SpeechRecognizer recognizer,
            DeliveryAnalyzer delivery,
            SpeechProperties properties,
            InterviewEventBus events) {
        this.lock = lock;
        this.steps = steps;
        this.ffmpeg = new FfmpegAudio(properties);
        this.recognizer = recognizer;
        this.delivery = delivery;
        this.properties = properties;
        this.events = events;
    }

    Result transcribe(UUID turnId) {
        var sessionId = steps.sessionOfTranscribingTurn(turnId);
        if (sessionId.isEmpty()) {
            return Result.NOTHING_TO_DO;
        }
        var token = lock.tryAcquire(sessionId.get());
        if (token.isEmpty()) {
            return Result.BUSY;
        }
        try {
            var recording = steps.recording(turnId);
            if (recording.isEmpty()) {
                return Result.NOTHING_TO_DO;
            }
            events.publish(recognise(turnId, recording.get()));
            return Result.DONE;
        } finally {
            lock.release(sessionId.get(), token.get());
        }
    }

    private InterviewEvent recognise(UUID turnId, AudioClip clip) {
        try {
            var decoded = ffmpeg.toWav16kMono(clip);
            long maxSeconds = properties.maxAnswerDuration().toSeconds();
            if (decoded.seconds() > maxSeconds + 1) {
                return steps.failed(
                        turnId,
                        "This recording is %.0f seconds long; answers can be at most %d seconds."
                                .formatted(decoded.seconds(), maxSeconds));
            }
            if (decoded.isSilent()) {
                return steps.failed(turnId, SILENT);
            }
            var heard = recognizer.transcribe(clip);
            if (heard.isBlank()) {
                return steps.failed(turnId, NOTHING_RECOGNISED);
            }
            var timed = heard.audioSeconds() != null
                    ? heard
                    : new Transcript(
                            heard.text(), heard.words(), decoded.seconds(), heard.provider(), heard.lowAccuracy());
            return steps.transcribed(turnId, timed, delivery.analyze(timed));
        } catch (SpeechCallException e) {
            log.warn("Transcribing turn {} failed: {}", turnId, e.getMessage());
            return steps.failed(turnId, "Speech recognition failed: " + e.getMessage());
        }
    }
}
