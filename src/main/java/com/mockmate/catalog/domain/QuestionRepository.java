package com.mockmate.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, UUID>, JpaSpecificationExecutor<Question> {

    List<Question> findByTopicIdAndArchivedFalseOrderByCreatedAtAsc(UUID topicId);

    List<Question> findByTopicIdAndArchivedFalseAndDifficulty(UUID topicId, Difficulty difficulty);

    boolean existsByTopicIdAndTextIgnoreCase(UUID topicId, String text);

    long countByTopicIdAndArchivedFalse(UUID topicId);

    long countByTopicId(UUID topicId);

    List<Question> findByIdIn(Collection<UUID> ids);

    /**
     * Whether an assessment or an interview refers to the question. Asked in SQL so that the catalog needs no code from
     * the features that build on it.
     */
    @Query(value = """
                    select exists (select 1 from assessment_questions where question_id = :id)
                        or exists (select 1 from interview_turns where question_id = :id)
                    """, nativeQuery = true)
    boolean isInUse(@Param("id") UUID id);
}
