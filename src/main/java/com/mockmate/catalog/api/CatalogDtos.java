package com.mockmate.catalog.api;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.TopicDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the catalog endpoints. */
final class CatalogDtos {

    private CatalogDtos() {}

    /** Topics are public knowledge: the same record serves candidates and staff. */
    record TopicResponse(
            UUID id,
            String name,
            @Nullable String description,
            @Nullable UUID ownerId,
            long questionCount,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static TopicResponse of(TopicDetails topic) {
            return new TopicResponse(
                    topic.id(),
                    topic.name(),
                    topic.description(),
                    topic.ownerId(),
                    topic.questionCount(),
                    topic.version(),
                    topic.createdAt(),
                    topic.updatedAt());
        }
    }

    /** Staff view of a question, answer key included. Candidates never receive this record. */
    record QuestionResponse(
            UUID id,
            UUID topicId,
            String text,
            Difficulty difficulty,
            List<String> keyPoints,
            @Nullable String referenceAnswer,
            List<String> tags,
            @Nullable Integer timeLimitSeconds,
            @Nullable UUID ownerId,
            boolean archived,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static QuestionResponse of(QuestionDetails q) {
            return new QuestionResponse(
                    q.id(),
                    q.topicId(),
                    q.text(),
                    q.difficulty(),
                    q.keyPoints(),
                    q.referenceAnswer(),
                    q.tags(),
                    q.timeLimitSeconds(),
                    q.ownerId(),
                    q.archived(),
                    q.version(),
                    q.createdAt(),
                    q.updatedAt());
        }
    }

    record RemovalResponse(
            @Schema(example = "ARCHIVED") String outcome,

            @Schema(
                    example = "The question is used by an"
                            + " assessment or an interview, so it was archived instead of deleted.")
            String detail) {}
}
