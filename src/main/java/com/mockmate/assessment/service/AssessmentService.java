package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.Assessment;
import com.mockmate.assessment.domain.AssessmentRepository;
import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.domain.SortGuard;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.error.ForbiddenException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.RemovalOutcome;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Building, publishing and retiring assessments: instructors and admins. Candidates use {@link AssessmentBrowser}. */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final CatalogQueries catalog;
    private final QuestionDraw draw;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(
            AssessmentRepository assessments,
            CatalogQueries catalog,
            QuestionDraw draw,
            AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.draw = draw;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AssessmentSummary> search(
            @Nullable String query, @Nullable AssessmentStatus status, Pageable pageable) {
        var q = query == null || query.isBlank() ? null : query.trim();
        return assessments
                .search(q, status, SortGuard.checked(pageable, Assessment.class))
                .map(AssessmentService::summary);
    }

    @Transactional(readOnly = true)
    public AssessmentDetails get(UUID id) {
        return details(load(id));
    }

    @Transactional
    public AssessmentDetails create(AuthenticatedUser actor, AssessmentDraft draft) {
        boolean hasIds = draft.questionIds() != null && !draft.questionIds().isEmpty();
        boolean hasRules = draft.rules() != null && !draft.rules().isEmpty();
        if (hasIds == hasRules) {
            throw new BadRequestException("Send either questionIds or rules, not both and not neither.");
        }
        var title = uniqueTitle(draft.title(), null);
        var questionIds = hasIds ? checkedQuestions(draft.questionIds()) : draw.draw(draft.rules());
        var assessment = assessments.saveAndFlush(new Assessment(
                title,
                blankToNull(draft.description()),
                actor.id(),
                draft.timeLimitMinutes(),
                questionIds,
                clock.instant()));
        audit.record(
                actor.id(),
                AuditAction.ASSESSMENT_CREATED,
                "ASSESSMENT",
                assessment.getId(),
                Map.of("title", title, "questions", questionIds.size(), "drawn", hasRules));
        return details(assessment);
    }

    @Transactional
    public AssessmentDetails update(AuthenticatedUser actor, UUID id, AssessmentDraft draft, ExpectedVersion expected) {
        var assessment = loadForChange(actor, id);
        expected.check(assessment.getVersion(), "The assessment");
        if (assessment.getStatus() == AssessmentStatus.ARCHIVED) {
            throw new ConflictException("Archived assessments cannot be edited.");
        }
        if (draft.rules() != null && !draft.rules().isEmpty()) {
            throw new BadRequestException("Draw rules apply only when creating an assessment; send questionIds.");
        }
        var questionIds =
                draft.questionIds() == null ? assessment.getQuestionIds() : checkedQuestions(draft.questionIds());
        if (!questionIds.equals(assessment.getQuestionIds()) && assessments.hasInterviews(id)) {
            throw new ConflictException("Candidates have already taken this assessment, so its questions cannot change."
                    + " Archive it and create a new one.");
        }
        if (questionIds.isEmpty() && assessment.getStatus() == AssessmentStatus.PUBLISHED) {
            throw new BadRequestException("A published assessment needs at least one question.");
        }
        var title = uniqueTitle(draft.title(), id);
        assessment.update(
                title, blankToNull(draft.description()), draft.timeLimitMinutes(), questionIds, clock.instant());
        assessments.flush();
        audit.record(actor.id(), AuditAction.ASSESSMENT_UPDATED, "ASSESSMENT", id, Map.of("title", title));
        return details(assessment);
    }

    @Transactional
    public AssessmentDetails publish(AuthenticatedUser actor, UUID id) {
        var assessment = loadForChange(actor, id);
        if (assessment.getQuestionIds().isEmpty()) {
            throw new ConflictException("Add at least one question before publishing.");
        }
        var overviews = catalog.overviews(assessment.getQuestionIds());
        if (overviews.values().stream().anyMatch(q -> q.archived())) {
            throw new ConflictException("Some questions were archived since; replace them before publishing.");
        }
        assessment.publish(clock.instant());
        audit.record(actor.id(), AuditAction.ASSESSMENT_PUBLISHED, "ASSESSMENT", id, Map.of());
        return details(assessment);
    }

    @Transactional
    public AssessmentDetails archive(AuthenticatedUser actor, UUID id) {
        var assessment = loadForChange(actor, id);
        assessment.archive(clock.instant());
        audit.record(actor.id(), AuditAction.ASSESSMENT_ARCHIVED, "ASSESSMENT", id, Map.of());
        return details(assessment);
    }

    /** Deletes an assessment nobody has taken; one with interviews is archived so their history stays intact. */
    @Transactional
    public RemovalOutcome delete(AuthenticatedUser actor, UUID id) {
        var assessment = loadForChange(actor, id);
        if (assessments.hasInterviews(id)) {
            assessment.archive(clock.instant());
            audit.record(actor.id(), AuditAction.ASSESSMENT_ARCHIVED, "ASSESSMENT", id, Map.of("reason", "in use"));
            return RemovalOutcome.ARCHIVED;
        }
        assessments.delete(assessment);
        audit.record(
                actor.id(), AuditAction.ASSESSMENT_DELETED, "ASSESSMENT", id, Map.of("title", assessment.getTitle()));
        return RemovalOutcome.DELETED;
    }

    private List<UUID> checkedQuestions(List<UUID> questionIds) {
        if (new HashSet<>(questionIds).size() != questionIds.size()) {
            throw new BadRequestException("A question can appear only once in an assessment.");
        }
        var overviews = catalog.overviews(questionIds);
        var missing =
                questionIds.stream().filter(id -> !overviews.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new BadRequestException("Unknown question ids: " + missing + ".");
        }
        var archived =
                questionIds.stream().filter(id -> overviews.get(id).archived()).toList();
        if (!archived.isEmpty()) {
            throw new BadRequestException("Archived questions cannot be added: " + archived + ".");
        }
        return List.copyOf(questionIds);
    }

    private String uniqueTitle(String title, @Nullable UUID id) {
        var trimmed = title.trim();
        boolean taken = id == null
                ? assessments.existsByTitleIgnoreCase(trimmed)
                : assessments.existsByTitleIgnoreCaseAndIdNot(trimmed, id);
        if (taken) {
            throw new ConflictException("An assessment titled '" + trimmed + "' already exists.");
        }
        return trimmed;
    }

    private Assessment loadForChange(AuthenticatedUser actor, UUID id) {
        var assessment = load(id);
        if (!actor.mayModify(assessment.getOwnerId())) {
            throw new ForbiddenException("Only the assessment's owner or an administrator can change it.");
        }
        return assessment;
    }

    private Assessment load(UUID id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id + "."));
    }

    private AssessmentDetails details(Assessment a) {
        return new AssessmentDetails(
                a.getId(),
                a.getTitle(),
                a.getDescription(),
                a.getStatus(),
                a.getOwnerId(),
                a.getTimeLimitMinutes(),
                catalog.questionsWithAnswerKeys(a.getQuestionIds()),
                a.getVersion(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }

    private static AssessmentSummary summary(Assessment a) {
        return new AssessmentSummary(
                a.getId(),
                a.getTitle(),
                a.getStatus(),
                a.getOwnerId(),
                a.getQuestionIds().size(),
                a.getTimeLimitMinutes(),
                a.getVersion(),
                a.getUpdatedAt());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
