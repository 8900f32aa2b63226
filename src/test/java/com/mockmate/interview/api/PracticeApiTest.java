package com.mockmate.interview.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trying a question of a finished interview again, and the attempts at a question. */
@IntegrationTest
class PracticeApiTest {

    static final String WEAK_ANSWER = "I am not sure, I think it depends on the situation.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InterviewQueries queries;

    ApiClient api;
    String token;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        token = login(newCandidate());
    }

    @Test
    void trying_a_question_again_starts_a_linked_practice_session_of_that_question() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);

        var created = api.post(attemptsPath(original, questionId), Map.of(), token);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var practice = created.json();
        var practiceId = practice.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/sessions/" + practiceId);
        assertThat(practice.get("practiceOf").asString()).isEqualTo(original);
        assertThat(practice.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(practice.get("currentQuestion").get("id").asString()).isEqualTo(questionId);
        assertThat(practice.get("currentQuestion").get("count").asInt()).isEqualTo(1);
        assertThat(practice.get("assessmentTitle").asString()).isEqualTo("Software Engineer Warm-up");
        assertThat(practice.toString()).doesNotContain("keyPoints", "referenceAnswer");
        assertThat(jdbc.queryForObject(
                        "SELECT questions -> 'questions' -> 0 ->> 'text' FROM interview_sessions WHERE id = ?::uuid",
                        String.class,
                        practiceId))
                .isEqualTo(practice.get("currentQuestion").get("text").asString());

        answerAndFinish(practiceId, Interviews.coveringEveryKeyPoint(jdbc, original));

        var done = api.get("/api/v1/sessions/" + practiceId, token).json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("summary").get("practice").asBoolean()).isTrue();
        assertThat(done.get("summary").get("overallFeedback").asString()).startsWith("A practice attempt");
        var history = api.get("/api/v1/sessions", token).json().get("content");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("id").asString()).isEqualTo(practiceId);
        assertThat(history.get(0).get("practice").asBoolean()).isTrue();
        assertThat(history.get(0).get("practiceOf").asString()).isEqualTo(original);
        assertThat(history.get(1).get("practice").asBoolean()).isFalse();
        assertThat(history.get(1).get("practiceOf").isNull()).isTrue();
        assertThat(queries.practiceSessions(List.of(UUID.fromString(original), UUID.fromString(practiceId))))
                .containsExactly(UUID.fromString(practiceId));
    }

    @Test
    void a_retry_from_a_practice_session_links_to_the_same_test_interview() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var practiceId = api.post(attemptsPath(original, questionId), Map.of(), token)
                .json()
                .get("id")
                .asString();
        answerAndFinish(practiceId, WEAK_ANSWER);

        var again = api.post(attemptsPath(practiceId, questionId), Map.of(), token);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("practiceOf").asString()).isEqualTo(original);
    }

    @Test
    void another_users_session_is_not_found() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var stranger = login(newCandidate());

        assertProblem(api.post(attemptsPath(original, questionId), Map.of(), stranger), 404);
        assertThat(api.get("/api/v1/questions/" + questionId + "/attempts", stranger)
                        .json())
                .isEmpty();
    }

    @Test
    void an_interview_in_progress_cannot_be_practised_yet() {
        var session = api.post(
                        "/api/v1/sessions",
                        Map.of("testId", Interviews.warmUpTestId(jdbc).toString()),
                        token)
                .json();

        var refused = api.post(
                attemptsPath(
                        session.get("id").asString(),
                        session.get("currentQuestion").get("id").asString()),
                Map.of(),
                token);

        assertProblem(refused, 409);
    }

    @Test
    void a_question_that_is_not_in_the_session_is_not_found() {
        var original = finishedInterview(WEAK_ANSWER);

        assertProblem(api.post(attemptsPath(original, UUID.randomUUID().toString()), Map.of(), token), 404);
    }

    @Test
    void practice_counts_towards_the_limit_of_interviews_in_progress() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(attemptsPath(original, questionId), Map.of(), token)
                            .status())
                    .isEqualTo(201);
        }

        var refused = api.post(attemptsPath(original, questionId), Map.of(), token);

        assertProblem(refused, 409);
        assertThat(refused.json().get("openSessions")).hasSize(3);
    }

    @Test
    void the_attempts_at_a_question_list_tests_and_practice_newest_first() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var practiceId = api.post(attemptsPath(original, questionId), Map.of(), token)
                .json()
                .get("id")
                .asString();
        answerAndFinish(practiceId, Interviews.coveringEveryKeyPoint(jdbc, original));

        var attempts = api.get("/api/v1/questions/" + questionId + "/attempts", token);

        assertThat(attempts.status()).isEqualTo(200);
        var list = attempts.json();
        assertThat(list).hasSize(2);
        var latest = list.get(0);
        assertThat(latest.get("sessionId").asString()).isEqualTo(practiceId);
        assertThat(latest.get("practice").asBoolean()).isTrue();
        assertThat(latest.get("practiceOf").asString()).isEqualTo(original);
        var first = list.get(1);
        assertThat(first.get("sessionId").asString()).isEqualTo(original);
        assertThat(first.get("practice").asBoolean()).isFalse();
        assertThat(first.get("answeredAt").asString())
                .isLessThan(latest.get("answeredAt").asString());
        for (var attempt : list) {
            assertThat(attempt.get("ratings").propertyNames())
                    .containsExactlyInAnyOrder("technical", "depth", "communication", "grammar");
            assertThat(attempt.get("scores").propertyNames())
                    .containsExactlyInAnyOrder("technical", "depth", "communication", "grammar", "total");
        }
        var testTotal = jdbc.queryForObject(
                "SELECT total_score FROM interview_sessions WHERE id = ?::uuid", BigDecimal.class, original);
        // The test's total spreads its one answered question over its eight questions.
        assertThat(first.get("scores")
                        .get("total")
                        .decimalValue()
                        .divide(BigDecimal.valueOf(8), 2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(testTotal);
        assertThat(latest.get("scores").get("total").decimalValue())
                .isGreaterThan(first.get("scores").get("total").decimalValue());
    }

    @Test
    void practice_stays_out_of_the_candidate_summary_the_evaluator_sees() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var practiceId = api.post(attemptsPath(original, questionId), Map.of(), token)
                .json()
                .get("id")
                .asString();
        answerAndFinish(practiceId, Interviews.coveringEveryKeyPoint(jdbc, original));
        var testTotal = jdbc.queryForObject(
                "SELECT total_score FROM interview_sessions WHERE id = ?::uuid", BigDecimal.class, original);

        var next = Interviews.startWarmUp(api, jdbc, token);

        assertThat(jdbc.queryForObject(
                        "SELECT profile_summary FROM interview_sessions WHERE id = ?::uuid", String.class, next))
                .endsWith("1 recent completed interviews with a mean score of "
                        + testTotal.setScale(1, RoundingMode.HALF_UP) + ".");
    }

    private String newCandidate() {
        return Accounts.register(api, "prac" + UUID.randomUUID().toString().substring(0, 8))
                .username();
    }

    private String login(String username) {
        return Accounts.login(api, username, Accounts.PASSWORD).accessToken();
    }

    static String attemptsPath(String sessionId, String questionId) {
        return "/api/v1/sessions/" + sessionId + "/questions/" + questionId + "/attempts";
    }

    /** A warm-up interview with one evaluated answer to its first question, then finished. */
    private String finishedInterview(String answer) {
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        answerAndFinish(sessionId, answer);
        return sessionId;
    }

    private void answerAndFinish(String sessionId, String answer) {
        Interviews.answerAndFinish(api, token, sessionId, answer);
    }

    private String firstQuestionId(String sessionId) {
        return jdbc.queryForObject(
                "SELECT questions -> 'questions' -> 0 ->> 'id' FROM interview_sessions WHERE id = ?::uuid",
                String.class,
                sessionId);
    }
}
