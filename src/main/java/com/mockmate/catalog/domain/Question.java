package com.mockmate.catalog.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A question of the bank, with its answer key (key points and reference answer), which candidates never see. */
@Entity
@Table(name = "questions")
public class Question extends AbstractEntity {

    public static final int TEXT_MAX = 4000;
    public static final int REFERENCE_ANSWER_MAX = 8000;

    @Column(name = "topic_id", nullable = false)
    private UUID topicId;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points", nullable = false)
    private List<String> keyPoints = new ArrayList<>();

    @Column(name = "reference_answer", length = REFERENCE_ANSWER_MAX)
    private @Nullable String referenceAnswer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> tags = new ArrayList<>();

    @Column(name = "time_limit_seconds")
    private @Nullable Integer timeLimitSeconds;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Question() {}

    public Question(
            UUID topicId,
            String text,
            Difficulty difficulty,
            List<String> keyPoints,
            @Nullable String referenceAnswer,
            List<String> tags,
            @Nullable Integer timeLimitSeconds,
            @Nullable UUID ownerId,
            Instant now) {
        this.topicId = topicId;
        this.text = text;
        this.difficulty = difficulty;
        this.keyPoints = new ArrayList<>(keyPoints);
        this.referenceAnswer = referenceAnswer;
        this.tags = new ArrayList<>(tags);
        this.timeLimitSeconds = timeLimitSeconds;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(
            String newText,
            Difficulty newDifficulty,
            List<String> newKeyPoints,
            @Nullable String newReferenceAnswer,
            List<String> newTags,
            @Nullable Integer newTimeLimitSeconds,
            Instant now) {
        this.text = newText;
        this.difficulty = newDifficulty;
        this.keyPoints = new ArrayList<>(newKeyPoints);
        this.referenceAnswer = newReferenceAnswer;
        this.tags = new ArrayList<>(newTags);
        this.timeLimitSeconds = newTimeLimitSeconds;
        this.updatedAt = now;
    }

    /** Hidden from the bank and from new assessments; kept for the interviews and assessments that used it. */
    public void archive(Instant now) {
        this.archived = true;
        this.updatedAt = now;
    }

    public UUID getTopicId() {
        return topicId;
    }

    public String getText() {
        return text;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public List<String> getKeyPoints() {
        return List.copyOf(keyPoints);
    }

    public @Nullable String getReferenceAnswer() {
        return referenceAnswer;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public @Nullable Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
