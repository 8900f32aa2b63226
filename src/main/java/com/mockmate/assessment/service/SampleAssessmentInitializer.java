package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.Assessment;
import com.mockmate.assessment.domain.AssessmentRepository;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionOverview;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AdminProperties;
import com.mockmate.user.service.UserAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes one sample assessment, drawn from the sample topics, so that a new install has something to take. */
@Component
@Order(30)
class SampleAssessmentInitializer implements ApplicationRunner {

    static final String TITLE = "Software Engineer Warm-up";
    static final String DESCRIPTION = "A short, mixed interview: one easier and one harder question from each sample"
            + " topic. A good first run to hear how MockMate interviews and scores.";

    private final AssessmentRepository assessments;
    private final CatalogQueries catalog;
    private final AccountService accounts;
    private final AdminProperties admin;
    private final Clock clock;

    SampleAssessmentInitializer(
            AssessmentRepository assessments,
            CatalogQueries catalog,
            AccountService accounts,
            AdminProperties admin,
            Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.accounts = accounts;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (assessments.existsByTitleIgnoreCase(TITLE)) {
            return;
        }
        var questionIds = pickQuestions();
        if (questionIds.isEmpty()) {
            return;
        }
        var ownerId =
                accounts.findByUsername(admin.username()).map(UserAccount::id).orElse(null);
        var assessment = new Assessment(TITLE, DESCRIPTION, ownerId, 30, questionIds, clock.instant());
        assessment.publish(clock.instant());
        assessments.save(assessment);
    }

    private List<UUID> pickQuestions() {
        var picked = new ArrayList<UUID>();
        for (var topic : catalog.topics()) {
            var questions = catalog.overviewsOfTopic(topic.id());
            first(questions, Difficulty.EASY).ifPresent(picked::add);
            first(questions, Difficulty.MEDIUM).ifPresent(picked::add);
        }
        return picked;
    }

    private static Optional<UUID> first(List<QuestionOverview> questions, Difficulty difficulty) {
        return questions.stream()
                .filter(q -> q.difficulty() == difficulty)
                .map(QuestionOverview::id)
                .findFirst();
    }
}
