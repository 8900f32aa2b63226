package com.mockmate.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.assessment.service.AssessmentDraft;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.TopicDraft;
import com.mockmate.catalog.service.TopicService;
import com.mockmate.catalog.service.TopicSummary;
import com.mockmate.support.BrowserlessUi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

@IntegrationTest
class AssessmentsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CatalogQueries catalog;

    private AuthenticatedUser instructor;

    @BeforeEach
    void accounts() {
        instructor = BrowserlessUi.account(context, "ines", Role.INSTRUCTOR);
        BrowserlessUi.signIn(instructor);
    }

    @AfterEach
    void close() {
        BrowserlessUi.stop();
    }

    @Test
    void published_tests_are_cards_with_topics_difficulty_mix_count_and_duration() {
        var view = openAsCandidate();

        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("Software Engineer Warm-up");
        var text = view.cards.getElement().getTextRecursively();
        assertThat(text).contains("Java", "SQL & Databases", "8 questions", "~30 min", "4 easy · 4 medium");
        assertThat(view.count.getText()).isEqualTo("1 assessment");
    }

    @Test
    void the_topic_filter_narrows_the_cards() {
        publish("SQL drill", questionIdsOf("SQL & Databases", 2));
        var view = openAsCandidate();
        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("SQL drill", "Software Engineer Warm-up");

        _setValue(view.topicFilter, "Java");

        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("Software Engineer Warm-up");
        assertThat(view.count.getText()).isEqualTo("1 of 2 assessments");
        assertThat(view.topicFilter.getItemLabelGenerator().apply("SQL & Databases"))
                .isEqualTo("SQL & Databases (2)");
    }

    @Test
    void a_topic_without_tests_says_so_and_offers_to_show_all() {
        context.getBean(TopicService.class).create(instructor, new TopicDraft("Kotlin", null));
        var view = openAsCandidate();

        _setValue(view.topicFilter, "Kotlin");

        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("No assessment covers Kotlin");
        _click(_get(view.cards, Button.class, spec -> spec.withText("Show all assessments")));
        assertThat(view.topicFilter.getValue()).isNull();
        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("Software Engineer Warm-up");
    }

    @Test
    void without_published_tests_the_empty_state_says_what_to_do() {
        var admin = new AuthenticatedUser(UUID.randomUUID(), "root", Role.ADMIN);
        BrowserlessUi.signIn(admin);
        var warmUp = assessments
                .search("Warm-up", null, Pageable.unpaged())
                .getContent()
                .getFirst();
        assessments.archive(admin, warmUp.id());

        var view = openAsCandidate();

        assertThat(AssessmentBuilderTest.cardTitles(view)).containsExactly("No assessments yet");
        assertThat(view.cards.getElement().getTextRecursively()).contains("Ask your instructor to publish");
        assertThat(view.topicFilter.isVisible()).isFalse();
    }

    @Test
    void the_candidates_page_never_shows_question_text_or_answer_keys() {
        var warmUp = assessments
                .search("Warm-up", null, Pageable.unpaged())
                .getContent()
                .getFirst();
        var questions = assessments.get(warmUp.id()).questions();
        var view = openAsCandidate();

        var text = UI.getCurrent().getElement().getTextRecursively();
        for (QuestionDetails question : questions) {
            assertThat(text).doesNotContain(question.text());
            question.keyPoints().forEach(point -> assertThat(text).doesNotContain(point));
            if (question.referenceAnswer() != null) {
                assertThat(text).doesNotContain(question.referenceAnswer());
            }
        }
        assertThat(view.cards.getChildren()).hasSize(1);
    }

    private AssessmentsView openAsCandidate() {
        BrowserlessUi.start(context, BrowserlessUi.account(context, "cara", Role.USER));
        UI.getCurrent().navigate(AssessmentsView.class);
        return _get(AssessmentsView.class);
    }

    private void publish(String title, List<UUID> questionIds) {
        var created = assessments.create(instructor, AssessmentDraft.ofQuestions(title, null, 10, questionIds));
        assessments.publish(instructor, created.id());
    }

    private List<UUID> questionIdsOf(String topicName, int count) {
        var topic = catalog.topics().stream()
                .filter(t -> t.name().equals(topicName))
                .map(TopicSummary::id)
                .findFirst()
                .orElseThrow();
        return catalog.activeQuestionIds(topic, null).subList(0, count);
    }
}
