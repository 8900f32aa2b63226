package com.mockmate.profile.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.domain.SessionCompleted;
import com.mockmate.profile.job.ProfileInsightsJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.ScoredInterviews;
import java.math.BigDecimal;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Insights over a seeded history. Java: 85, 90, 88, 86 on days -3 to 0 (mean 87.25 over 4: Advanced, since Expert
 * needs 5); SQL 50 once on day -1 (Intermediate), which makes that interview's total 69. Spoken answers on days -1
 * (60 s at 120 wpm, 3 fillers) and 0 (60 s at 150 wpm, 1 filler). A practice session stays out.
 */
@IntegrationTest
class ProfileInsightsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ProfileInsightsJob job;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ApiClient api;
    String token;
    UUID candidate;
    LocalDate today;
    List<UUID> sessions = new ArrayList<>();

    @BeforeEach
    void seededHistory() {
        api = new ApiClient(port);
        var account = Accounts.register(api, "ivy.insight");
        candidate = account.id();
        token = Accounts.login(api, account).accessToken();
        today = LocalDate.now(clock);
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var sql = history.question("SQL & Databases", 0);
        sessions.add(history.completed(candidate, day(-3), java.answered("excellent", 85, 85, 80, 90, 90)));
        sessions.add(history.completed(candidate, day(-2), java.answered("excellent", 90, 90, 85, 90, 95)));
        sessions.add(history.completed(
                candidate,
                day(-1),
                java.answered("excellent", 88, 88, 80, 90, 90),
                sql.answered("fair", 50, 45, 40, 60, 70)));
        sessions.add(history.completed(candidate, day(0), java.answered("excellent", 86, 86, 80, 90, 90)));
        spoken(sessions.get(2), 120, 3);
        spoken(sessions.get(3), 150, 1);
        var practice = history.completed(candidate, day(0), java.answered("poor", 10, 10, 10, 10, 10));
        jdbc.update("UPDATE interview_sessions SET practice_of = ? WHERE id = ?", sessions.get(0), practice);
    }

    private void spoken(UUID sessionId, double wordsPerMinute, int fillers) {
        jdbc.update(
                "UPDATE interview_turns SET answer_mode = 'VOICE', delivery = CAST(? AS jsonb) WHERE id ="
                        + " (SELECT id FROM interview_turns WHERE session_id = ? ORDER BY position LIMIT 1)",
                "{\"durationSeconds\": 60.0, \"wordsPerMinute\": " + wordsPerMinute + ", \"fillerWordCount\": "
                        + fillers + ", \"fillers\": [\"um\"], \"longPauses\": 0, \"estimated\": false}",
                sessionId);
    }

    private Instant day(int offset) {
        return today.plusDays(offset).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    @Test
    void before_any_job_ran_there_are_no_insights() {
        var insights = api.get("/api/v1/profile/insights", token).json();

        assertThat(insights.get("sessions").asInt()).isZero();
        assertThat(insights.get("topics").size()).isZero();
    }

    @Test
    void the_job_computes_levels_evidence_strongest_and_weakest_topics() {
        job.recompute(candidate, sessions.getLast());

        var insights = api.get("/api/v1/profile/insights", token).json();

        assertThat(insights.get("sessions").asInt()).as("practice excluded").isEqualTo(4);
        var java = topic(insights, "Java");
        assertThat(java.get("level").asString()).isEqualTo("ADVANCED");
        assertThat(java.get("sessions").asInt()).isEqualTo(4);
        assertThat(java.get("mean").decimalValue()).isEqualByComparingTo("87.25");
        assertThat(java.get("trend").isNull()).isFalse();
        assertThat(Instant.parse(java.get("lastPractised").asString())).isEqualTo(day(0));
        var sql = topic(insights, "SQL & Databases");
        assertThat(sql.get("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(insights.get("strongestTopic").asString()).isEqualTo("Java");
        assertThat(insights.get("weakestTopic").asString()).isEqualTo("SQL & Databases");
        assertThat(insights.get("currentStreakDays").asInt()).isEqualTo(4);
        var dimensions = insights.get("dimensions");
        assertThat(dimensions.get("technical").decimalValue()).isGreaterThan(BigDecimal.valueOf(70));
        assertThat(dimensions.get("grammar").decimalValue()).isGreaterThan(BigDecimal.valueOf(80));
    }

    @Test
    void delivery_trends_come_from_spoken_answers() {
        job.recompute(candidate, sessions.getLast());

        var delivery = api.get("/api/v1/profile/insights", token).json().get("delivery");

        assertThat(delivery.get("spokenAnswers").asInt()).isEqualTo(2);
        assertThat(delivery.get("wordsPerMinute").asDouble()).isEqualTo(135.0);
        assertThat(delivery.get("fillersPerMinute").asDouble()).isEqualTo(2.0);
        assertThat(delivery.get("paceTrend").asDouble()).isEqualTo(30.0);
        assertThat(delivery.get("fillerTrend").asDouble()).isEqualTo(-2.0);
    }

    @Test
    void milestones_mark_the_first_interview_the_first_80_and_a_three_day_streak() {
        job.recompute(candidate, sessions.getLast());

        var milestones = new ArrayList<String>();
        api.get("/api/v1/profile/insights", token)
                .json()
                .get("milestones")
                .forEach(m -> milestones.add(
                        m.get("key").asString() + "@" + m.get("achievedOn").asString()));

        assertThat(milestones)
                .containsExactlyInAnyOrder(
                        "first-interview@" + today.minusDays(3),
                        "first-80@" + today.minusDays(3),
                        "3-day-streak@" + today.minusDays(1));
    }

    @Test
    void a_completed_interview_enqueues_one_insight_job_however_often_it_is_announced() {
        var session = sessions.getLast();
        var completed = new SessionCompleted(session, candidate, UUID.randomUUID(), BigDecimal.TEN, day(0), false);

        transactions.executeWithoutResult(status -> events.publishEvent(completed));
        transactions.executeWithoutResult(status -> events.publishEvent(completed));

        var jobs = jdbc.queryForList(
                "SELECT jobsignature FROM jobrunr_jobs WHERE jobsignature LIKE '%ProfileInsightsJob.recompute%'"
                        + " AND jobasjson LIKE ?",
                String.class, "%" + session + "%");
        assertThat(jobs).hasSize(1);
    }

    @Test
    void a_real_interview_finished_through_the_api_enqueues_its_job_and_the_job_counts_it() {
        var account = Accounts.register(api, "rita.real");
        var realToken = Accounts.login(api, account).accessToken();
        var sessionId = Interviews.startWarmUp(api, jdbc, realToken);
        var turnId = Interviews.answer(
                api, realToken, sessionId, "A HashMap buckets keys by their hash code and compares with equals.", "t1");
        Interviews.awaitTurn(api, realToken, sessionId, turnId, "EVALUATED");
        assertThat(api.post("/api/v1/sessions/" + sessionId + "/finish", null, realToken)
                        .status())
                .isEqualTo(200);

        var enqueued = jdbc.queryForObject(
                "SELECT count(*) FROM jobrunr_jobs WHERE jobsignature LIKE '%ProfileInsightsJob.recompute%'"
                        + " AND jobasjson LIKE ?",
                Integer.class, "%" + sessionId + "%");
        assertThat(enqueued).isEqualTo(1);
        job.recompute(account.id(), UUID.fromString(sessionId));

        var insights = api.get("/api/v1/profile/insights", realToken).json();
        assertThat(insights.get("sessions").asInt()).isEqualTo(1);
        assertThat(insights.get("topics").size()).isPositive();
        assertThat(insights.get("milestones").get(0).get("key").asString()).isEqualTo("first-interview");
    }

    @Test
    void recomputing_for_the_same_interview_again_gives_the_same_insights() {
        job.recompute(candidate, sessions.getLast());
        var first = api.get("/api/v1/profile/insights", token).json();
        job.recompute(candidate, sessions.getLast());
        var second = api.get("/api/v1/profile/insights", token).json();

        assertThat(second.get("topics")).isEqualTo(first.get("topics"));
        assertThat(second.get("milestones")).isEqualTo(first.get("milestones"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM profile_insights WHERE user_id = ?", Integer.class, candidate))
                .isEqualTo(1);
    }

    @Test
    void the_public_profile_shows_the_insights() {
        job.recompute(candidate, sessions.getLast());
        api.put("/api/v1/profile", java.util.Map.of("public", true), token);

        var publicProfile = api.get("/api/v1/profiles/ivy-insight", null).json();

        assertThat(publicProfile.get("insights").get("sessions").asInt()).isEqualTo(4);
    }

    private static JsonNode topic(JsonNode insights, String name) {
        for (var topic : insights.get("topics")) {
            if (topic.get("topic").asString().equals(name)) {
                return topic;
            }
        }
        throw new AssertionError("no topic " + name + " in " + insights);
    }
}
