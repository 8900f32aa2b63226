package com.mockmate.catalog.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.domain.SortGuard;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.error.ForbiddenException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.domain.QuestionRepository;
import com.mockmate.catalog.domain.Topic;
import com.mockmate.catalog.domain.TopicRepository;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Topics of the question bank. Everybody signed in reads them; staff create; owners and admins change them. */
@Service
public class TopicService {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final AuditTrail audit;
    private final Clock clock;

    TopicService(TopicRepository topics, QuestionRepository questions, AuditTrail audit, Clock clock) {
        this.topics = topics;
        this.questions = questions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TopicDetails> search(@Nullable String query, Pageable pageable) {
        var q = query == null || query.isBlank() ? null : query.trim();
        return topics.search(q, SortGuard.checked(pageable, Topic.class)).map(this::details);
    }

    @Transactional(readOnly = true)
    public TopicDetails get(UUID id) {
        return details(load(id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public TopicDetails create(AuthenticatedUser actor, TopicDraft draft) {
        var name = draft.name().trim();
        if (topics.existsByNameIgnoreCase(name)) {
            throw new ConflictException("A topic named '" + name + "' already exists.");
        }
        var topic = topics.saveAndFlush(new Topic(name, blankToNull(draft.description()), actor.id(), clock.instant()));
        audit.record(actor.id(), AuditAction.TOPIC_CREATED, "TOPIC", topic.getId(), Map.of("name", name));
        return details(topic);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public TopicDetails update(AuthenticatedUser actor, UUID id, TopicDraft draft, ExpectedVersion expected) {
        var topic = loadForChange(actor, id);
        expected.check(topic.getVersion(), "The topic");
        var name = draft.name().trim();
        if (topics.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new ConflictException("A topic named '" + name + "' already exists.");
        }
        topic.update(name, blankToNull(draft.description()), clock.instant());
        topics.flush();
        audit.record(actor.id(), AuditAction.TOPIC_UPDATED, "TOPIC", id, Map.of("name", name));
        return details(topic);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void delete(AuthenticatedUser actor, UUID id) {
        var topic = loadForChange(actor, id);
        if (questions.countByTopicId(id) > 0) {
            throw new ConflictException("The topic still has questions. Delete or move them first.");
        }
        topics.delete(topic);
        audit.record(actor.id(), AuditAction.TOPIC_DELETED, "TOPIC", id, Map.of("name", topic.getName()));
    }

    private Topic loadForChange(AuthenticatedUser actor, UUID id) {
        var topic = load(id);
        if (!actor.mayModify(topic.getOwnerId())) {
            throw new ForbiddenException("Only the topic's owner or an administrator can change it.");
        }
        return topic;
    }

    private Topic load(UUID id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException("No topic with id " + id + "."));
    }

    private TopicDetails details(Topic topic) {
        return TopicDetails.of(topic, questions.countByTopicIdAndArchivedFalse(topic.getId()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
