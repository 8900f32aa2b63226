package com.mockmate.catalog.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.error.ForbiddenException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.domain.QuestionRepository;
import com.mockmate.catalog.domain.QuestionSpecifications;
import com.mockmate.catalog.domain.TopicRepository;
import com.mockmate.user.domain.AuthenticatedUser;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questions with their answer keys: staff only. Candidates learn about questions only through interviews. */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class QuestionService {

    private static final String DIFFICULTY = "difficulty";

    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionService(QuestionRepository questions, TopicRepository topics, AuditTrail audit, Clock clock) {
        this.questions = questions;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<QuestionDetails> list(UUID topicId, QuestionFilter filter, Pageable pageable) {
        requireTopic(topicId);
        var spec = QuestionSpecifications.matching(topicId, filter.difficulty(), filter.tag(), filter.text(), false);
        var byDifficulty = pageable.getSort().getOrderFor(DIFFICULTY);
        if (byDifficulty == null) {
            return questions.findAll(spec, pageable).map(QuestionDetails::of);
        }
        var unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return questions
                .findAll(spec.and(orderedByDifficulty(byDifficulty, pageable.getSort())), unsorted)
                .map(QuestionDetails::of);
    }

    /**
     * Difficulty is stored by name, so a plain sort would put HARD before MEDIUM; this orders EASY, MEDIUM, HARD and
     * then by the remaining sort properties. Spring Data leaves a specification's ordering alone for unsorted pages.
     */
    private static Specification<Question> orderedByDifficulty(Sort.Order byDifficulty, Sort sort) {
        var rest = Sort.by(
                sort.stream().filter(o -> !o.getProperty().equals(DIFFICULTY)).toList());
        return (root, query, cb) -> {
            Expression<Integer> rank = cb.<Difficulty, Integer>selectCase(root.get(DIFFICULTY))
                    .when(Difficulty.EASY, 0)
                    .when(Difficulty.MEDIUM, 1)
                    .otherwise(2);
            var orders = new ArrayList<Order>();
            orders.add(byDifficulty.isAscending() ? cb.asc(rank) : cb.desc(rank));
            orders.addAll(QueryUtils.toOrders(rest, root, cb));
            query.orderBy(orders);
            return cb.conjunction();
        };
    }

    @Transactional(readOnly = true)
    public long count(UUID topicId, QuestionFilter filter) {
        return questions.count(
                QuestionSpecifications.matching(topicId, filter.difficulty(), filter.tag(), filter.text(), false));
    }

    @Transactional(readOnly = true)
    public QuestionDetails get(UUID id) {
        return QuestionDetails.of(load(id));
    }

    @Transactional
    public QuestionDetails create(AuthenticatedUser actor, UUID topicId, QuestionDraft draft) {
        requireTopic(topicId);
        var question = questions.saveAndFlush(newQuestion(actor, topicId, draft.normalized()));
        audit.record(
                actor.id(),
                AuditAction.QUESTION_CREATED,
                "QUESTION",
                question.getId(),
                Map.of("topicId", topicId.toString()));
        return QuestionDetails.of(question);
    }

    @Transactional
    public QuestionDetails update(AuthenticatedUser actor, UUID id, QuestionDraft draft, ExpectedVersion expected) {
        var question = loadForChange(actor, id);
        expected.check(question.getVersion(), "The question");
        var clean = draft.normalized();
        question.update(
                clean.text(),
                clean.difficulty(),
                clean.keyPointsOrEmpty(),
                clean.referenceAnswer(),
                clean.tagsOrEmpty(),
                clean.timeLimitSeconds(),
                clock.instant());
        questions.flush();
        audit.record(actor.id(), AuditAction.QUESTION_UPDATED, "QUESTION", id, Map.of());
        return QuestionDetails.of(question);
    }

    /** Deletes an unused question; one that an assessment or interview used is archived so history stays intact. */
    @Transactional
    public RemovalOutcome delete(AuthenticatedUser actor, UUID id) {
        var question = loadForChange(actor, id);
        if (questions.isInUse(id)) {
            question.archive(clock.instant());
            audit.record(actor.id(), AuditAction.QUESTION_ARCHIVED, "QUESTION", id, Map.of("reason", "in use"));
            return RemovalOutcome.ARCHIVED;
        }
        questions.delete(question);
        audit.record(actor.id(), AuditAction.QUESTION_DELETED, "QUESTION", id, Map.of());
        return RemovalOutcome.DELETED;
    }

    Question newQuestion(AuthenticatedUser actor, UUID topicId, QuestionDraft clean) {
        return new Question(
                topicId,
                clean.text(),
                clean.difficulty(),
                clean.keyPointsOrEmpty(),
                clean.referenceAnswer(),
                clean.tagsOrEmpty(),
                clean.timeLimitSeconds(),
                actor.id(),
                clock.instant());
    }

    private Question loadForChange(AuthenticatedUser actor, UUID id) {
        var question = load(id);
        if (!actor.mayModify(question.getOwnerId())) {
            throw new ForbiddenException("Only the question's owner or an administrator can change it.");
        }
        return question;
    }

    private Question load(UUID id) {
        return questions.findById(id).orElseThrow(() -> new NotFoundException("No question with id " + id + "."));
    }

    private void requireTopic(UUID topicId) {
        if (!topics.existsById(topicId)) {
            throw new NotFoundException("No topic with id " + topicId + ".");
        }
    }
}
