package com.mockmate.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AssessmentsViewTest extends BrowserlessTest {

    private static final String SAMPLE = "Software Engineer Warm-up";

    @BeforeEach
    void signInAsCandidate() {
        signInAsNew(Role.USER);
    }

    @Test
    void shows_the_published_sample_assessment_as_a_card() {
        UI.getCurrent().navigate("assessments");

        var cards = _find(Div.class, spec -> spec.withClasses("mm-assessment-card"));
        assertThat(cards).hasSize(1);
        var card = cards.getFirst();
        assertThat(_get(card, H3.class).getText()).isEqualTo(SAMPLE);
        assertThat(BasicUtilsKt.get_textRecursively(card))
                .contains("8 questions", "~30 min", "Java", "SQL & Databases", "System Design", "Behavioural");
    }

    @Test
    void never_renders_a_question_or_its_answer_key() {
        UI.getCurrent().navigate("assessments");

        var rendered = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()) + "\n"
                + UI.getCurrent().getElement().getOuterHTML();
        var secrets = seededQuestionTexts();
        assertThat(secrets).hasSizeGreaterThan(24 * 3);
        assertThat(secrets).allSatisfy(secret -> assertThat(rendered).doesNotContain(secret));
    }

    @Test
    void shows_an_empty_state_when_nothing_is_published() {
        jdbc.update("UPDATE assessments SET status = 'DRAFT'");

        UI.getCurrent().navigate("assessments");

        _assertNone(Div.class, spec -> spec.withClasses("mm-assessment-card"));
        var empty = _get(Div.class, spec -> spec.withClasses("mm-empty-state"));
        assertThat(_get(empty, H3.class).getText()).isEqualTo("No assessments yet");
    }

    /** Every key point, reference answer and question text in the bank: none of it is for candidates' eyes. */
    private List<String> seededQuestionTexts() {
        var json = JsonMapper.builder().build();
        var texts = new ArrayList<String>();
        jdbc.query("SELECT text, key_points::text AS key_points, reference_answer FROM questions", rs -> {
            texts.add(rs.getString("text"));
            json.readTree(rs.getString("key_points")).forEach(point -> texts.add(point.asString()));
            if (rs.getString("reference_answer") != null) {
                texts.add(rs.getString("reference_answer"));
            }
        });
        return texts;
    }
}
