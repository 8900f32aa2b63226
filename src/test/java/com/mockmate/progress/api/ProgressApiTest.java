package com.mockmate.progress.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.support.ScoredInterviews.Question;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Progress over a seeded history. Java: 50, 60, 60, 70, 80 on days -6, -5, -2, -1 and today (mean 64, slope 7 per
 * interview); today's interview also drew an SQL question scored 40, so its total is 60. Answers to the Java question
 * on days -6 and -5 and to the SQL one were rated fair or poor on technical accuracy.
 */
@IntegrationTest
class ProgressApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ApiClient api;
    String token;
    UUID candidate;
    Question java;
    Question sql;
    LocalDate today;

    @BeforeEach
    void seededHistory() {
        api = new ApiClient(port);
        var account = Accounts.register(api, "paula.progress");
        candidate = account.id();
        token = Accounts.login(api, account).accessToken();
        var history = new ScoredInterviews(jdbc);
        java = history.question("Java", 0);
        sql = history.question("SQL & Databases", 0);
        today = LocalDate.now(clock);
        history.completed(candidate, day(-6), java.answered("fair", 50, 50, 40, 60, 70));
        history.completed(candidate, day(-5), java.answered("poor", 60, 60, 50, 70, 70));
        history.completed(candidate, day(-2), java.answered("good", 60, 60, 50, 70, 80));
        history.completed(candidate, day(-1), java.answered("good", 70, 70, 60, 80, 80));
        history.completed(
                candidate,
                day(0),
                java.answered("excellent", 80, 80, 70, 90, 100),
                sql.answered("poor", 40, 30, 40, 50, 60));
        history.inProgress(candidate, day(0), java.answered("none", 0, 0, 0, 0, 0));
    }

    private Instant day(int offset) {
        return today.plusDays(offset).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    @Test
    void sums_up_each_topic_with_means_trend_best_and_last_practised() {
        var progress = get("");

        assertThat(progress.get("completedSessions").asInt()).isEqualTo(5);
        var javaTopic = topic(progress, java.topicId());
        assertThat(javaTopic.get("topic").asString()).isEqualTo("Java");
        assertThat(javaTopic.get("sessions").asInt()).isEqualTo(5);
        assertThat(javaTopic.get("meanTotal").decimalValue()).isEqualByComparingTo("64");
        assertThat(javaTopic.get("means").get("technical").decimalValue()).isEqualByComparingTo("64");
        assertThat(javaTopic.get("means").get("depth").decimalValue()).isEqualByComparingTo("54");
        assertThat(javaTopic.get("means").get("communication").decimalValue()).isEqualByComparingTo("74");
        assertThat(javaTopic.get("means").get("grammar").decimalValue()).isEqualByComparingTo("80");
        assertThat(javaTopic.get("trend").decimalValue()).isEqualByComparingTo("7");
        assertThat(javaTopic.get("bestTotal").decimalValue()).isEqualByComparingTo("80");
        assertThat(Instant.parse(javaTopic.get("lastPractised").asString())).isEqualTo(day(0));
        assertThat(javaTopic.get("series").size()).isEqualTo(5);

        var sqlTopic = topic(progress, sql.topicId());
        assertThat(sqlTopic.get("sessions").asInt()).isEqualTo(1);
        assertThat(sqlTopic.get("meanTotal").decimalValue()).isEqualByComparingTo("40");
        assertThat(sqlTopic.get("trend").isNull()).isTrue();
    }

    @Test
    void the_time_series_has_each_interviews_total_and_question_weighted_dimensions() {
        var series = get("").get("series");

        assertThat(series.size()).isEqualTo(5);
        assertThat(series.get(0).get("total").decimalValue()).isEqualByComparingTo("50");
        var last = series.get(4);
        assertThat(Instant.parse(last.get("completedAt").asString())).isEqualTo(day(0));
        assertThat(last.get("total").decimalValue()).isEqualByComparingTo("60");
        assertThat(last.get("technical").decimalValue()).isEqualByComparingTo("55");
        assertThat(last.get("depth").decimalValue()).isEqualByComparingTo("55");
        assertThat(last.get("communication").decimalValue()).isEqualByComparingTo("70");
        assertThat(last.get("grammar").decimalValue()).isEqualByComparingTo("80");
    }

    @Test
    void the_streak_counts_consecutive_days_up_to_today() {
        var streak = get("").get("streak");

        assertThat(streak.get("days").asInt()).isEqualTo(3);
        assertThat(streak.get("lastActive").asString()).isEqualTo(today.toString());
    }

    @Test
    void the_most_missed_key_points_come_from_weakly_rated_answers_with_their_questions() {
        var missed = get("").get("mostMissedKeyPoints");

        assertThat(missed.size()).isEqualTo(5);
        for (var point : missed) {
            assertThat(point.get("misses").asInt()).isEqualTo(2);
            assertThat(java.keyPoints()).contains(point.get("keyPoint").asString());
            assertThat(point.get("questions").get(0).get("text").asString()).isEqualTo(java.text());
        }
    }

    @Test
    void the_most_missed_key_points_are_the_ones_a_real_answer_missed_as_its_report_shows() {
        var account = Accounts.register(api, "mona.missed");
        var own = Accounts.login(api, account).accessToken();
        var sessionId = Interviews.startWarmUp(api, jdbc, own);
        var keyPoints = Interviews.keyPointsOfFirstQuestion(jdbc, sessionId);
        Interviews.answerAndFinish(
                api, own, sessionId, "In my last project I did this: " + keyPoints.getFirst() + ". That is all.");

        var question = api.get("/api/v1/sessions/" + sessionId + "/report", own)
                .json()
                .get("questions")
                .get(0);
        var covered = texts(question.get("keyPointsCovered"));
        var reportMissed = texts(question.get("keyPointsMissed"));
        assertThat(covered).contains(keyPoints.getFirst());
        assertThat(reportMissed).isNotEmpty().doesNotContainAnyElementsOf(covered);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM question_coverage WHERE session_id = ?::uuid", Integer.class, sessionId))
                .as("measured once, at completion")
                .isEqualTo(1);

        var progress = api.get("/api/v1/users/me/progress", own).json();
        var missed = new ArrayList<String>();
        progress.get("mostMissedKeyPoints")
                .forEach(point -> missed.add(point.get("keyPoint").asString()));
        assertThat(missed)
                .as("a covered key point is not counted as missed, though the answer was rated poorly")
                .doesNotContainAnyElementsOf(covered)
                .containsExactlyInAnyOrderElementsOf(reportMissed.subList(0, Math.min(5, reportMissed.size())));
    }

    @Test
    void a_topic_filter_keeps_that_topics_scores_only() {
        var progress = get("?topicId=" + sql.topicId());

        assertThat(progress.get("completedSessions").asInt()).isEqualTo(1);
        assertThat(progress.get("topics").size()).isEqualTo(1);
        assertThat(progress.get("series").get(0).get("total").decimalValue()).isEqualByComparingTo("40");
        assertThat(progress.get("series").get(0).get("technical").decimalValue())
                .isEqualByComparingTo("30");
        assertThat(texts(progress.get("mostMissedKeyPoints"))).allMatch(sql.keyPoints()::contains);
        assertThat(progress.get("streak").get("days").asInt()).isEqualTo(3);
    }

    @Test
    void a_date_range_is_inclusive_and_the_trend_follows_it() {
        var progress = get("?from=" + today.minusDays(2) + "&to=" + today);

        var javaTopic = topic(progress, java.topicId());
        assertThat(javaTopic.get("sessions").asInt()).isEqualTo(3);
        assertThat(javaTopic.get("meanTotal").decimalValue()).isEqualByComparingTo("70");
        assertThat(javaTopic.get("trend").decimalValue()).isEqualByComparingTo("10");
        assertThat(texts(progress.get("mostMissedKeyPoints"))).allMatch(sql.keyPoints()::contains);
    }

    @Test
    void another_user_sees_only_their_own_empty_progress() {
        var other = Accounts.register(api, "olga.other");
        var progress = api.get(
                        "/api/v1/users/me/progress", Accounts.login(api, other).accessToken())
                .json();

        assertThat(progress.get("completedSessions").asInt()).isZero();
        assertThat(progress.get("topics").size()).isZero();
        assertThat(progress.get("streak").get("days").asInt()).isZero();
        assertThat(progress.get("mostMissedKeyPoints").size()).isZero();
    }

    @Test
    void requires_a_token() {
        assertProblem(api.get("/api/v1/users/me/progress", null), 401);
    }

    @Test
    void rejects_bad_parameters_with_a_problem() {
        assertProblem(api.get("/api/v1/users/me/progress?topicId=java", token), 400);
        assertProblem(api.get("/api/v1/users/me/progress?from=2026-13-01", token), 400);
        assertProblem(api.get("/api/v1/users/me/progress?from=1999-12-31", token), 400);
        var reversed = assertProblem(
                api.get("/api/v1/users/me/progress?from=" + today + "&to=" + today.minusDays(1), token), 400);
        assertThat(reversed.body()).contains("must not be after");
    }

    private JsonNode get(String query) {
        var response = api.get("/api/v1/users/me/progress" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode topic(JsonNode progress, UUID topicId) {
        for (var topic : progress.get("topics")) {
            if (topic.get("topicId").asString().equals(topicId.toString())) {
                return topic;
            }
        }
        throw new AssertionError("No topic " + topicId + " in " + progress);
    }

    private static List<String> texts(JsonNode missed) {
        var texts = new ArrayList<String>();
        missed.forEach(point -> texts.add(
                point.isString() ? point.asString() : point.get("keyPoint").asString()));
        return texts;
    }
}
