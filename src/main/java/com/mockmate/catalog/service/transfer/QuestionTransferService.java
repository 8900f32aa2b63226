package com.mockmate.catalog.service.transfer;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.domain.QuestionRepository;
import com.mockmate.catalog.domain.TopicRepository;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.transfer.ImportReport.RowError;
import com.mockmate.user.domain.AuthenticatedUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Bulk import (all or nothing, with a per-row report and a dry run) and export of a topic's questions. */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class QuestionTransferService {

    public static final int MAX_ROWS = 1000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final CatalogQueries catalog;
    private final Validator validator;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionTransferService(
            QuestionRepository questions,
            TopicRepository topics,
            CatalogQueries catalog,
            Validator validator,
            JsonMapper json,
            AuditTrail audit,
            Clock clock) {
        this.questions = questions;
        this.topics = topics;
        this.catalog = catalog;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importQuestions(
            AuthenticatedUser actor, UUID topicId, String content, TransferFormat format, boolean dryRun) {
        requireTopic(topicId);
        if (content.length() > MAX_BYTES) {
            throw new BadRequestException("The file is larger than " + MAX_BYTES / 1024 + " KB.");
        }
        List<QuestionRows.ParsedRow> rows;
        try {
            rows = QuestionRows.parse(content, format, json);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new BadRequestException("The file contains no questions.");
        }
        if (rows.size() > MAX_ROWS) {
            throw new BadRequestException("At most " + MAX_ROWS + " questions per import; split the file.");
        }
        var errors = validate(topicId, rows);
        var drafts = rows.stream()
                .filter(r -> r.errors().isEmpty())
                .map(r -> r.draft().normalized())
                .toList();
        int valid = (int) rows.stream()
                .filter(r -> errors.stream().noneMatch(e -> e.row() == r.row()))
                .count();
        if (dryRun || !errors.isEmpty()) {
            return new ImportReport(dryRun, rows.size(), valid, 0, errors, drafts);
        }
        var now = clock.instant();
        questions.saveAll(
                drafts.stream().map(d -> toQuestion(actor, topicId, d, now)).toList());
        audit.record(
                actor.id(),
                AuditAction.QUESTIONS_IMPORTED,
                "TOPIC",
                topicId,
                Map.of("count", drafts.size(), "format", format.name()));
        return new ImportReport(false, rows.size(), valid, drafts.size(), List.of(), drafts);
    }

    @Transactional(readOnly = true)
    public String export(UUID topicId, TransferFormat format) {
        requireTopic(topicId);
        var all = catalog.questionsWithAnswerKeys(topicId);
        return format == TransferFormat.CSV ? QuestionRows.toCsv(all) : QuestionRows.toJson(all, json);
    }

    private List<RowError> validate(UUID topicId, List<QuestionRows.ParsedRow> rows) {
        var errors = new ArrayList<RowError>();
        var seenTexts = new HashSet<String>();
        for (var row : rows) {
            errors.addAll(row.errors());
            if (row.draft() == null) {
                continue;
            }
            var reported = row.errors().stream().map(RowError::field).toList();
            validator.validate(row.draft()).stream()
                    .map(v ->
                            new RowError(row.row(), fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                    .filter(e -> !reported.contains(e.field()))
                    .forEach(errors::add);
            var text = row.draft().text();
            if (text != null && !text.isBlank() && !reported.contains("text")) {
                var key = text.trim().toLowerCase(Locale.ROOT);
                if (!seenTexts.add(key)) {
                    errors.add(new RowError(row.row(), "text", "The same question appears earlier in the file."));
                } else if (questions.existsByTopicIdAndTextIgnoreCase(topicId, text.trim())) {
                    errors.add(new RowError(row.row(), "text", "This topic already has this question."));
                }
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
        return errors;
    }

    /** "keyPoints[2].<list element>" becomes "keyPoints[2]". */
    private static String fieldOf(String propertyPath) {
        return propertyPath.replace(".<list element>", "").replace("<list element>", "");
    }

    private static Question toQuestion(
            AuthenticatedUser actor, UUID topicId, QuestionDraft draft, java.time.Instant now) {
        return new Question(
                topicId,
                draft.text(),
                draft.difficulty(),
                draft.keyPointsOrEmpty(),
                draft.referenceAnswer(),
                draft.tagsOrEmpty(),
                draft.timeLimitSeconds(),
                actor.id(),
                now);
    }

    private void requireTopic(UUID topicId) {
        if (!topics.existsById(topicId)) {
            throw new NotFoundException("No topic with id " + topicId + ".");
        }
    }
}
