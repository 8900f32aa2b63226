package com.mockmate.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, UUID> {

    List<Question> findByTopicIdAndArchivedFalseOrderByCreatedAtAsc(UUID topicId);

    boolean existsByTopicIdAndTextIgnoreCase(UUID topicId, String text);

    long countByTopicIdAndArchivedFalse(UUID topicId);

    List<Question> findByIdIn(Collection<UUID> ids);
}
