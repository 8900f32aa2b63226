package com.mockmate.interview.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.voice.RecordingStore;
import com.mockmate.speech.AudioClip;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The privacy side of recordings: only their owner hears them, the owner can delete them all at once, and they expire
 * after MOCKMATE_AUDIO_RETENTION_DAYS. Transcripts, scores and delivery figures stay; only the audio goes.
 */
@Service
public class RecordingService {

    private static final int RETENTION_BATCH = 200;

    private final InterviewQueries queries;
    private final InterviewTurnRepository turns;
    private final RecordingStore recordings;
    private final InterviewProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordingService(
            InterviewQueries queries,
            InterviewTurnRepository turns,
            RecordingStore recordings,
            InterviewProperties properties,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock) {
        this.queries = queries;
        this.turns = turns;
        this.recordings = recordings;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The recording of one of the caller's answers; 404 when it is someone else's, deleted or expired. */
    public AudioClip recording(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        queries.own(actor, sessionId);
        return turns.findByIdAndSessionId(turnId, sessionId)
                .flatMap(turn -> recordings.load(turn.getSpoken()))
                .orElseThrow(() -> new NotFoundException("This answer has no recording (it was typed, deleted or has"
                        + " expired after " + properties.audioRetentionDays() + " days)."));
    }

    /** Deletes every recording the caller made; returns how many answers had one. */
    public int deleteAllRecordings(AuthenticatedUser actor) {
        var now = clock.instant();
        int count = tx.execute(status -> {
            var withRecording = turns.findWithRecordingOfUser(actor.id());
            withRecording.forEach(turn -> turn.recordingDeleted(now));
            return withRecording.size();
        });
        recordings.deleteAllOf(actor.id());
        audit.record(actor.id(), AuditAction.RECORDINGS_DELETED, "user", actor.id(), Map.of("recordings", count));
        return count;
    }

    /** Deletes recordings older than the retention period, in batches; returns how many were deleted. */
    public int deleteExpiredRecordings() {
        var cutoff = clock.instant().minus(Duration.ofDays(properties.audioRetentionDays()));
        int total = 0;
        int batch;
        do {
            batch = tx.execute(status -> {
                var expired = turns.findWithRecordingCreatedBefore(cutoff, Limit.of(RETENTION_BATCH));
                var now = clock.instant();
                for (InterviewTurn turn : expired) {
                    recordings.delete(turn.getSpoken().getAudioKey());
                    turn.recordingDeleted(now);
                }
                return expired.size();
            });
            total += batch;
        } while (batch == RETENTION_BATCH);
        if (total > 0) {
            audit.record(
                    null,
                    AuditAction.RECORDINGS_EXPIRED,
                    null,
                    null,
                    Map.of("recordings", total, "retentionDays", properties.audioRetentionDays()));
        }
        return total;
    }
}
