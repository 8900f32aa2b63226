package com.mockmate.interview.domain;

import com.mockmate.speech.DeliveryMetrics;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The recording behind a spoken answer and what speech recognition made of it. Empty for text answers. */
@Embeddable
public class SpokenAnswer implements Serializable {

    public static final int BROWSER_TRANSCRIPT_MAX = 8000;
    public static final int CONTENT_TYPE_MAX = 100;

    @Column(name = "audio_key", length = 300)
    private @Nullable String audioKey;

    @Column(name = "audio_content_type", length = CONTENT_TYPE_MAX)
    private @Nullable String audioContentType;

    @Column(name = "audio_size")
    private @Nullable Long audioSize;

    @Column(name = "audio_deleted_at")
    private @Nullable Instant audioDeletedAt;

    @Column(name = "transcript_provider", length = 30)
    private @Nullable String transcriptProvider;

    @Column(name = "transcript_low_accuracy", nullable = false)
    private boolean transcriptLowAccuracy;

    @Column(name = "browser_transcript")
    private @Nullable String browserTranscript;

    @Column(name = "review_transcript", nullable = false)
    private boolean reviewTranscript;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable DeliveryMetrics delivery;

    protected SpokenAnswer() {}

    static SpokenAnswer none() {
        return new SpokenAnswer();
    }

    public static SpokenAnswer recorded(
            String audioKey,
            String contentType,
            long size,
            @Nullable String browserTranscript,
            boolean reviewTranscript) {
        var answer = new SpokenAnswer();
        answer.audioKey = audioKey;
        answer.audioContentType = contentType;
        answer.audioSize = size;
        answer.browserTranscript = browserTranscript;
        answer.reviewTranscript = reviewTranscript;
        return answer;
    }

    void transcribed(String provider, boolean lowAccuracy, DeliveryMetrics metrics) {
        this.transcriptProvider = provider;
        this.transcriptLowAccuracy = lowAccuracy;
        this.delivery = metrics;
    }

    void deliveryRecounted(DeliveryMetrics metrics) {
        this.delivery = metrics;
    }

    void recordingDeleted(Instant now) {
        this.audioKey = null;
        this.audioDeletedAt = now;
    }

    public @Nullable String getAudioKey() {
        return audioKey;
    }

    public @Nullable String getAudioContentType() {
        return audioContentType;
    }

    public @Nullable Long getAudioSize() {
        return audioSize;
    }

    public @Nullable Instant getAudioDeletedAt() {
        return audioDeletedAt;
    }

    public @Nullable String getTranscriptProvider() {
        return transcriptProvider;
    }

    public boolean isTranscriptLowAccuracy() {
        return transcriptLowAccuracy;
    }

    public @Nullable String getBrowserTranscript() {
        return browserTranscript;
    }

    public boolean isReviewTranscript() {
        return reviewTranscript;
    }

    public @Nullable DeliveryMetrics getDelivery() {
        return delivery;
    }
}
