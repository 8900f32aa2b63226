package com.mockmate.interview.evaluation;

import com.mockmate.interview.evaluation.TurnEvaluationWorker.Result;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.interview.voice.TranscriptionFailure;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.DeliveryAnalyzer;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.Transcript;
import com.mockmate.speech.UnreadableAudioException;
import com.mockmate.speech.audio.DecodedAudio;
import com.mockmate.speech.audio.FfmpegAudio;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a stored recording into the answer's text, under the session's lock. Checks what no recogniser should be
 * trusted with first: the length the file declares (before anything is decoded), then the decoded audio, which is cut
 * off just past the longest answer allowed; a recording that is too long, silent or unreadable fails with a reason the
 * candidate can act on, and its recording is deleted, since trying again with it cannot succeed.
 */
@Component
class TurnTranscriptionWorker {

    private static final Logger log = LoggerFactory.getLogger(TurnTranscriptionWorker.class);

    private final SessionLock lock;
    private final TranscriptionSteps steps;
    private final FfmpegAudio ffmpeg;
    private final SpeechRecognizer recognizer;
    private final DeliveryAnalyzer delivery;
    private final long maxSeconds;
    private final Timer decoding;

    TurnTranscriptionWorker(
            SessionLock lock,
            TranscriptionSteps steps,
            SpeechRecognizer recognizer,
            DeliveryAnalyzer delivery,
            SpeechProperties properties,
            MeterRegistry meters) {
        this.lock = lock;
        this.steps = steps;
        this.ffmpeg = new FfmpegAudio(properties);
        this.recognizer = recognizer;
        this.delivery = delivery;
        this.maxSeconds = properties.maxAnswerDuration().toSeconds();
        this.decoding = Timer.builder("mockmate.speech.decode")
                .description("Decoding answer recordings to 16 kHz PCM with ffmpeg, before recognition")
                .register(meters);
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
            if (recording.isPresent()) {
                recognise(turnId, recording.get());
            } else if (steps.sessionOfTranscribingTurn(turnId).isPresent()) {
                // Deleted by the candidate or expired while the turn waited: nothing left to transcribe.
                steps.rejected(turnId, TranscriptionFailure.RECORDING_GONE);
            } else {
                return Result.NOTHING_TO_DO;
            }
            return Result.DONE;
        } finally {
            lock.release(sessionId.get(), token.get());
        }
    }

    private void recognise(UUID turnId, AudioClip clip) {
        try {
            var declared = ffmpeg.probeSeconds(clip);
            if (declared.isPresent() && tooLong(declared.getAsDouble())) {
                log.info("Turn {}: the recording declares {} s; not decoded", turnId, declared.getAsDouble());
                steps.rejected(turnId, TranscriptionFailure.tooLong(declared.getAsDouble(), maxSeconds));
                return;
            }
            try (var decoded = decoding.record(() -> ffmpeg.toWav16kMono(clip))) {
                recognise(turnId, clip, decoded);
            }
        } catch (UnreadableAudioException e) {
            log.warn("Turn {}: the recording is unreadable: {}", turnId, e.getMessage());
            steps.rejected(turnId, TranscriptionFailure.UNREADABLE);
        } catch (SpeechCallException e) {
            log.warn("Transcribing turn {} failed: {}", turnId, e.getMessage());
            steps.failed(
                    turnId, e.retryable() ? TranscriptionFailure.SPEECH_BUSY : TranscriptionFailure.SPEECH_UNAVAILABLE);
        }
    }

    private void recognise(UUID turnId, AudioClip clip, DecodedAudio decoded) {
        if (tooLong(decoded.seconds())) {
            // Decoding stops just past the limit, so the true length is unknown here.
            steps.rejected(turnId, TranscriptionFailure.tooLong(maxSeconds));
            return;
        }
        if (decoded.isSilent()) {
            steps.rejected(turnId, TranscriptionFailure.SILENT);
            return;
        }
        var heard = recognizer.transcribe(clip, decoded);
        if (heard.isBlank()) {
            steps.rejected(turnId, TranscriptionFailure.NOTHING_RECOGNISED);
            return;
        }
        var timed = heard.audioSeconds() != null
                ? heard
                : new Transcript(heard.text(), heard.words(), decoded.seconds(), heard.provider(), heard.lowAccuracy());
        steps.transcribed(turnId, timed, delivery.analyze(timed));
    }

    /** A second of slack: browsers stop recording a moment after their timer ends. */
    private boolean tooLong(double seconds) {
        return seconds > maxSeconds + 1;
    }
}
