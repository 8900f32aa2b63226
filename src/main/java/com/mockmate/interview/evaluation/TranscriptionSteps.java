package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnFailed;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.domain.TurnTranscribed;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.voice.RecordingStore;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.DeliveryMetrics;
import com.mockmate.speech.Transcript;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The short transactions around recognising a recording; the recogniser itself runs outside any transaction. */
@Component
class TranscriptionSteps {

    private final InterviewTurnRepository turns;
    private final InterviewSessionRepository sessions;
    private final RecordingStore recordings;
    private final LiveSessionStore liveState;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TranscriptionSteps(
            InterviewTurnRepository turns,
            InterviewSessionRepository sessions,
            RecordingStore recordings,
            LiveSessionStore liveState,
            ApplicationEventPublisher events,
            Clock clock) {
        this.turns = turns;
        this.sessions = sessions;
        this.recordings = recordings;
        this.liveState = liveState;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> sessionOfTranscribingTurn(UUID turnId) {
        return transcribing(turnId).map(InterviewTurn::getSessionId);
    }

    /** The stored recording of a turn that still waits for its transcript. */
    @Transactional(readOnly = true)
    public Optional<AudioClip> recording(UUID turnId) {
        return transcribing(turnId).flatMap(turn -> recordings.load(turn.getSpoken()));
    }

    @Transactional
    public void transcribed(UUID turnId, Transcript transcript, DeliveryMetrics delivery) {
        var turn = turns.findById(turnId).orElseThrow();
        var text = transcript.text().length() > InterviewTurn.ANSWER_MAX
                ? transcript.text().substring(0, InterviewTurn.ANSWER_MAX)
                : transcript.text();
        turn.transcribed(text, transcript.provider(), transcript.lowAccuracy(), delivery, clock.instant());
        events.publishEvent(new TurnTranscribed(
                turn.getSessionId(), userOf(turn), turn.getId(), turn.getStatus() == TurnStatus.AWAITING_REVIEW));
    }

    /** A failure that trying again may fix (a provider that timed out): the recording is kept for the retry. */
    @Transactional
    public void failed(UUID turnId, String reason) {
        var turn = turns.findById(turnId).orElseThrow();
        turn.failed(reason, null, 0, clock.instant());
        announceFailure(turn, reason);
    }

    /**
     * A failure that the same recording would only repeat (too long, silent, unreadable): the recording is deleted at
     * once rather than kept for the retention period, and the candidate records again.
     */
    @Transactional
    public void rejected(UUID turnId, String reason) {
        var turn = turns.findById(turnId).orElseThrow();
        var now = clock.instant();
        turn.failed(reason, null, 0, now);
        var key = turn.getSpoken().getAudioKey();
        if (key != null) {
            recordings.delete(key);
            turn.recordingDeleted(now);
        }
        announceFailure(turn, reason);
    }

    private Optional<InterviewTurn> transcribing(UUID turnId) {
        return turns.findById(turnId).filter(t -> t.getStatus() == TurnStatus.TRANSCRIBING);
    }

    /** The failed turn is no longer in flight; the next holder of the lock rebuilds the live state. */
    private void announceFailure(InterviewTurn turn, String reason) {
        events.publishEvent(new TurnFailed(turn.getSessionId(), userOf(turn), turn.getId(), reason));
        liveState.evict(turn.getSessionId());
    }

    private UUID userOf(InterviewTurn turn) {
        return sessions.findById(turn.getSessionId()).orElseThrow().getUserId();
    }
}
