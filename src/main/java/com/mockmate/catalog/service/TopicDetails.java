package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Topic;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record TopicDetails(
        UUID id,
        String name,
        @Nullable String description,
        @Nullable UUID ownerId,
        long questionCount,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Serializable {

    static TopicDetails of(Topic topic, long questionCount) {
        return new TopicDetails(
                topic.getId(),
                topic.getName(),
                topic.getDescription(),
                topic.getOwnerId(),
                questionCount,
                topic.getVersion(),
                topic.getCreatedAt(),
                topic.getUpdatedAt());
    }
}
