package com.mockmate.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Candidates see a test only while it is published; staff see every test and can filter by status. */
@IntegrationTest
class PublishingTest {

    @LocalServerPort
    int port;

    private ApiClient api;
    private CatalogApi catalog;
    private String instructor;
    private String candidate;
    private List<UUID> questions;

    @BeforeEach
    void instructor_prepares_questions_and_a_candidate_signs_in() {
        api = new ApiClient(port);
        catalog = new CatalogApi(api);
        var accounts = new TestAccounts(api);
        instructor = accounts.instructor("ines.instructor").token();
        candidate = accounts.candidate("carla.candidate").token();
        var topic = catalog.topic(instructor, "Kotlin");
        questions = List.of(
                catalog.question(instructor, topic, "What is a coroutine?", "EASY"),
                catalog.question(instructor, topic, "What is a flow?", "EASY"),
                catalog.question(instructor, topic, "What is a sealed class?", "HARD"));
    }

    @Test
    void a_candidate_sees_a_test_only_while_it_is_published() {
        var test = catalog.test(instructor, "Kotlin basics", questions);
        assertThat(candidateTitles()).containsExactly("Software Engineer Warm-up");
        assertThat(api.get("/api/v1/tests/" + test, candidate).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/tests/" + test + "/publish", null, instructor)
                        .status())
                .isEqualTo(200);
        assertThat(candidateTitles()).containsExactly("Kotlin basics", "Software Engineer Warm-up");
        assertThat(api.get("/api/v1/tests/" + test, candidate).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/tests/" + test + "/archive", null, instructor)
                        .status())
                .isEqualTo(200);
        assertThat(candidateTitles()).containsExactly("Software Engineer Warm-up");
        assertThat(api.get("/api/v1/tests/" + test, candidate).status()).isEqualTo(404);
    }

    @Test
    void a_candidate_gets_a_card_with_topics_difficulty_mix_and_question_count() {
        var test = catalog.publishedTest(instructor, "Kotlin basics", questions);

        var card = api.get("/api/v1/tests/" + test, candidate).json();

        assertThat(card.get("title").asString()).isEqualTo("Kotlin basics");
        assertThat(card.get("questionCount").asInt()).isEqualTo(3);
        assertThat(card.get("topics").valueStream().map(t -> t.asString())).containsExactly("Kotlin");
        assertThat(card.get("difficultyMix").get("EASY").asInt()).isEqualTo(2);
        assertThat(card.get("difficultyMix").get("HARD").asInt()).isEqualTo(1);
        assertThat(card.has("status")).isFalse();
        assertThat(card.has("questions")).isFalse();
    }

    @Test
    void a_candidate_filters_published_tests_by_topic() {
        catalog.publishedTest(instructor, "Kotlin basics", questions);

        var kotlin = api.get("/api/v1/tests?topic=kotlin", candidate).json().get("content");

        assertThat(kotlin.valueStream().map(t -> t.get("title").asString())).containsExactly("Kotlin basics");
    }

    @Test
    void a_test_cannot_be_published_while_one_of_its_questions_is_archived() {
        var test = catalog.test(instructor, "Kotlin basics", questions);
        assertThat(api.delete("/api/v1/questions/" + questions.get(0), instructor)
                        .status())
                .isEqualTo(200);

        assertThat(api.post("/api/v1/tests/" + test + "/publish", null, instructor)
                        .status())
                .isEqualTo(409);
        assertThat(candidateTitles()).doesNotContain("Kotlin basics");
    }

    @Test
    void staff_see_drafts_and_filter_by_status() {
        catalog.test(instructor, "Kotlin basics", questions);

        var drafts = api.get("/api/v1/tests?status=DRAFT", instructor).json().get("content");
        var all = api.get("/api/v1/tests", instructor).json().get("content");

        assertThat(drafts.valueStream().map(t -> t.get("title").asString())).containsExactly("Kotlin basics");
        assertThat(all.valueStream().map(t -> t.get("status").asString())).containsExactly("DRAFT", "PUBLISHED");
    }

    private List<String> candidateTitles() {
        var page = api.get("/api/v1/tests?size=50", candidate);
        assertThat(page.status()).isEqualTo(200);
        return page.json()
                .get("content")
                .valueStream()
                .map(t -> t.get("title").asString())
                .toList();
    }
}
