package com.mockmate.assessment.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A "test" in the UI: an ordered list of questions that candidates are interviewed on. */
@Entity
@Table(name = "assessments")
public class Assessment extends AbstractEntity {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Column(name = "time_limit_minutes")
    private @Nullable Integer timeLimitMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_questions", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", nullable = false)
    private List<UUID> questionIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Assessment() {}

    public Assessment(
            String title,
            @Nullable String description,
            @Nullable UUID ownerId,
            @Nullable Integer timeLimitMinutes,
            List<UUID> questionIds,
            Instant now) {
        this.title = title;
        this.description = description;
        this.ownerId = ownerId;
        this.timeLimitMinutes = timeLimitMinutes;
        this.questionIds = new ArrayList<>(questionIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        if (questionIds.isEmpty()) {
            throw new IllegalStateException("An assessment without questions cannot be published");
        }
        status = AssessmentStatus.PUBLISHED;
        updatedAt = now;
    }

    public void archive(Instant now) {
        status = AssessmentStatus.ARCHIVED;
        updatedAt = now;
    }

    public void update(
            String newTitle,
            @Nullable String newDescription,
            @Nullable Integer newTimeLimitMinutes,
            List<UUID> newQuestionIds,
            Instant now) {
        this.title = newTitle;
        this.description = newDescription;
        this.timeLimitMinutes = newTimeLimitMinutes;
        if (!questionIds.equals(newQuestionIds)) {
            this.questionIds.clear();
            this.questionIds.addAll(newQuestionIds);
        }
        this.updatedAt = now;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public @Nullable Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public List<UUID> getQuestionIds() {
        return List.copyOf(questionIds);
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
