package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.Assessment;
import com.mockmate.assessment.domain.AssessmentRepository;
import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionDetails;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands the interview engine the questions of an assessment when an interview starts; the interview keeps them. */
@Service
@Transactional(readOnly = true)
public class InterviewPlans {

    private final AssessmentRepository assessments;
    private final CatalogQueries catalog;

    InterviewPlans(AssessmentRepository assessments, CatalogQueries catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    /** For starting an interview: only published assessments can be taken. */
    public InterviewPlan forNewInterview(UUID assessmentId) {
        var assessment = assessments
                .findById(assessmentId)
                .filter(a -> a.getStatus() == AssessmentStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("No published test with id " + assessmentId + "."));
        return plan(assessment);
    }

    /** Titles by id, for listing interviews; archived tests keep their titles. */
    public Map<UUID, String> titles(Collection<UUID> assessmentIds) {
        return assessments.findAllById(assessmentIds).stream()
                .collect(Collectors.toMap(Assessment::getId, Assessment::getTitle));
    }

    private InterviewPlan plan(Assessment assessment) {
        var details = catalog.questionsForEvaluation(assessment.getQuestionIds());
        var topics = catalog.topicNames(
                details.stream().map(QuestionDetails::topicId).distinct().toList());
        var planned = new ArrayList<InterviewPlan.PlannedQuestion>();
        for (var question : details) {
            planned.add(new InterviewPlan.PlannedQuestion(
                    question.id(),
                    planned.size() + 1,
                    question.text(),
                    topics.get(question.topicId()),
                    question.difficulty(),
                    question.keyPoints(),
                    question.referenceAnswer(),
                    question.timeLimitSeconds()));
        }
        return new InterviewPlan(assessment.getId(), assessment.getTitle(), planned);
    }
}
