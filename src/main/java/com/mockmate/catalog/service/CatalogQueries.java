package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.domain.QuestionRepository;
import com.mockmate.catalog.domain.Topic;
import com.mockmate.catalog.domain.TopicRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the question bank. Answer keys only leave through the instructor-only method. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    private final TopicRepository topics;
    private final QuestionRepository questions;

    CatalogQueries(TopicRepository topics, QuestionRepository questions) {
        this.topics = topics;
        this.questions = questions;
    }

    public List<TopicSummary> topics() {
        return topics.findAllByOrderByNameAsc().stream()
                .map(topic -> new TopicSummary(
                        topic.getId(),
                        topic.getName(),
                        topic.getDescription(),
                        questions.countByTopicIdAndArchivedFalse(topic.getId())))
                .toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<QuestionDetails> questionsWithAnswerKeys(UUID topicId) {
        return questions.findByTopicIdAndArchivedFalseOrderByCreatedAtAsc(topicId).stream()
                .map(QuestionDetails::of)
                .toList();
    }

    /** The active questions of a topic, without text or answer key, in the order they were added. */
    public List<QuestionOverview> overviewsOfTopic(UUID topicId) {
        var topic = topics.findById(topicId).map(Topic::getName).orElse("");
        return questions.findByTopicIdAndArchivedFalseOrderByCreatedAtAsc(topicId).stream()
                .map(q -> new QuestionOverview(q.getId(), topicId, topic, q.getDifficulty(), q.isArchived()))
                .toList();
    }

    /** The given questions with answer keys, in the order of the ids; for staff previews of assessments. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<QuestionDetails> questionsWithAnswerKeys(List<UUID> questionIds) {
        return questionsForEvaluation(questionIds);
    }

    /**
     * Questions with answer keys for the server-side interview engine, which needs them to evaluate answers. Never hand
     * the result to a candidate-facing view or response.
     */
    public List<QuestionDetails> questionsForEvaluation(List<UUID> questionIds) {
        var byId = questions.findByIdIn(questionIds).stream()
                .collect(Collectors.toMap(Question::getId, QuestionDetails::of));
        return questionIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Ids of a topic's active questions, optionally of one difficulty; for drawing assessments. */
    public List<UUID> activeQuestionIds(UUID topicId, @Nullable Difficulty difficulty) {
        var found = difficulty == null
                ? questions.findByTopicIdAndArchivedFalseOrderByCreatedAtAsc(topicId)
                : questions.findByTopicIdAndArchivedFalseAndDifficulty(topicId, difficulty);
        return found.stream().map(Question::getId).toList();
    }

    /** Topic names by id; a missing topic is left out. */
    public Map<UUID, String> topicNames(Collection<UUID> topicIds) {
        return topics.findAllById(topicIds).stream().collect(Collectors.toMap(Topic::getId, Topic::getName));
    }

    public boolean topicExists(UUID topicId) {
        return topics.existsById(topicId);
    }

    /** Topic and difficulty of the given questions, keyed by question id; no question text, no answer key. */
    public Map<UUID, QuestionOverview> overviews(Collection<UUID> questionIds) {
        var found = questions.findByIdIn(questionIds);
        var topicNames = topics
                .findAllById(found.stream().map(Question::getTopicId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Topic::getId, Topic::getName));
        return found.stream()
                .map(q -> new QuestionOverview(
                        q.getId(), q.getTopicId(), topicNames.get(q.getTopicId()), q.getDifficulty(), q.isArchived()))
                .collect(Collectors.toMap(QuestionOverview::id, Function.identity()));
    }
}
