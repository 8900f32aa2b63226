package com.mockmate.catalog.ui;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mutable bean behind {@link QuestionForm}. Its constraints use the limits of {@link Question} and
 * {@link QuestionDraft}, so the form rejects inline what the service would reject after a round trip. Public with
 * public accessors because the bean-validation binder reads properties by reflection.
 */
public class QuestionFields implements Serializable {

    @NotBlank(message = "Enter the question")
    @Size(max = Question.TEXT_MAX, message = "Keep the question under " + Question.TEXT_MAX + " characters")
    private String text = "";

    @NotNull(message = "Choose a difficulty")
    private @Nullable Difficulty difficulty;

    @Size(max = QuestionDraft.MAX_KEY_POINTS, message = "At most " + QuestionDraft.MAX_KEY_POINTS + " key points")
    private List<String> keyPoints = new ArrayList<>();

    @Size(
            max = Question.REFERENCE_ANSWER_MAX,
            message = "Keep the reference answer under " + Question.REFERENCE_ANSWER_MAX + " characters")
    private String referenceAnswer = "";

    @Size(max = QuestionDraft.MAX_TAGS, message = "At most " + QuestionDraft.MAX_TAGS + " tags")
    private List<String> tags = new ArrayList<>();

    @Min(value = 10, message = "At least 10 seconds")
    @Max(value = 3600, message = "At most 3600 seconds (one hour)")
    private @Nullable Integer timeLimitSeconds;

    public static QuestionFields of(QuestionDetails question) {
        var fields = new QuestionFields();
        fields.text = question.text();
        fields.difficulty = question.difficulty();
        fields.keyPoints = new ArrayList<>(question.keyPoints());
        fields.referenceAnswer = question.referenceAnswer() == null ? "" : question.referenceAnswer();
        fields.tags = new ArrayList<>(question.tags());
        fields.timeLimitSeconds = question.timeLimitSeconds();
        return fields;
    }

    static QuestionFields copyOf(QuestionFields other) {
        var fields = new QuestionFields();
        fields.text = other.text;
        fields.difficulty = other.difficulty;
        fields.keyPoints = new ArrayList<>(other.keyPoints);
        fields.referenceAnswer = other.referenceAnswer;
        fields.tags = new ArrayList<>(other.tags);
        fields.timeLimitSeconds = other.timeLimitSeconds;
        return fields;
    }

    /** The draft the service takes; {@code version} is the one the editor loaded, null for a new question. */
    QuestionDraft toDraft(@Nullable Long version) {
        return new QuestionDraft(
                text,
                difficulty,
                List.copyOf(keyPoints),
                referenceAnswer.isBlank() ? null : referenceAnswer,
                List.copyOf(tags),
                timeLimitSeconds,
                version);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public @Nullable Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(@Nullable Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public List<String> getKeyPoints() {
        return keyPoints;
    }

    public void setKeyPoints(List<String> keyPoints) {
        this.keyPoints = keyPoints == null ? new ArrayList<>() : new ArrayList<>(keyPoints);
    }

    public String getReferenceAnswer() {
        return referenceAnswer;
    }

    public void setReferenceAnswer(String referenceAnswer) {
        this.referenceAnswer = referenceAnswer == null ? "" : referenceAnswer;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public @Nullable Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(@Nullable Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
