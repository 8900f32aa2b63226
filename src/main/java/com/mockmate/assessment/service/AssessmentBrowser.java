package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.Assessment;
import com.mockmate.assessment.domain.AssessmentRepository;
import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionOverview;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What candidates see of the assessments they can take. */
@Service
@Transactional(readOnly = true)
public class AssessmentBrowser {

    private final AssessmentRepository assessments;
    private final CatalogQueries catalog;

    AssessmentBrowser(AssessmentRepository assessments, CatalogQueries catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    public List<AssessmentCard> published() {
        var published = assessments.findByStatusOrderByTitleAsc(AssessmentStatus.PUBLISHED);
        var questionIds =
                published.stream().flatMap(a -> a.getQuestionIds().stream()).collect(Collectors.toSet());
        var overviews = catalog.overviews(questionIds);
        return published.stream().map(a -> toCard(a, overviews)).toList();
    }

    /** A published assessment; anything else is reported as missing, so drafts stay invisible to candidates. */
    public AssessmentCard publishedCard(UUID id) {
        var assessment = assessments
                .findById(id)
                .filter(a -> a.getStatus() == AssessmentStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("No published assessment with id " + id + "."));
        return toCard(assessment, catalog.overviews(assessment.getQuestionIds()));
    }

    private static AssessmentCard toCard(Assessment assessment, Map<UUID, QuestionOverview> overviews) {
        var questions = assessment.getQuestionIds().stream()
                .map(overviews::get)
                .filter(Objects::nonNull)
                .toList();
        var topics = questions.stream()
                .map(QuestionOverview::topicName)
                .distinct()
                .sorted()
                .toList();
        var mix = new EnumMap<Difficulty, Long>(Difficulty.class);
        questions.forEach(q -> mix.merge(q.difficulty(), 1L, Long::sum));
        return new AssessmentCard(
                assessment.getId(),
                assessment.getTitle(),
                assessment.getDescription(),
                assessment.getQuestionIds().size(),
                assessment.getTimeLimitMinutes(),
                topics,
                mix);
    }
}
