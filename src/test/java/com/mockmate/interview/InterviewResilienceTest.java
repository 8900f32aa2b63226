package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.interview.job.TurnEvaluationJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** What happens when an instance dies mid-turn, or Redis forgets the live state. */
@IntegrationTest
class InterviewResilienceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    TurnEvaluationJob fallbackJob;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void startInterview() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "res" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        sessionId = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token)
                .json()
                .get("id")
                .asString();
    }

    @Test
    void a_turn_whose_fast_path_never_ran_is_evaluated_by_the_fallback_job_with_its_answer_intact() {
        // Holding the session lock makes the fast path give up, as if its instance had died mid-turn.
        redis.opsForValue().set("mockmate:interview:lock:" + sessionId, "someone-else", Duration.ofMinutes(1));
        var turnId = insertPendingTurn("The answer that must survive");
        assertThatThrownBy(() -> fallbackJob.evaluate(turnId))
                .as("a busy session makes the job fail, so JobRunr retries it later")
                .isInstanceOf(IllegalStateException.class);
        assertThat(status(turnId)).isEqualTo("PENDING");

        redis.delete("mockmate:interview:lock:" + sessionId);
        fallbackJob.evaluate(turnId);

        assertThat(status(turnId)).isEqualTo("EVALUATED");
        assertThat(jdbc.queryForObject("SELECT answer_text FROM interview_turns WHERE id = ?", String.class, turnId))
                .isEqualTo("The answer that must survive");
        fallbackJob.evaluate(turnId);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scores WHERE turn_id = ?", Integer.class, turnId))
                .as("running the job again changes nothing")
                .isEqualTo(1);
    }

    @Test
    void live_state_is_rebuilt_from_postgres_after_redis_loses_it() {
        var turnId = insertPendingTurn("An answer");
        fallbackJob.evaluate(turnId);
        var before = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");

        redis.getConnectionFactory().getConnection().serverCommands().flushDb();

        var after = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        assertThat(after).isEqualTo(before);
        assertThat(redis.hasKey("mockmate:interview:state:" + sessionId)).isTrue();
    }

    private UUID insertPendingTurn(String answer) {
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position,"
                        + " client_turn_id, answer_text, status, created_at, updated_at) SELECT ?, s.id, aq.question_id, 1, 1,"
                        + " 'c1', ?, 'PENDING', now(), now() FROM interview_sessions s JOIN assessment_questions aq"
                        + " ON aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?::uuid",
                turnId,
                answer,
                sessionId);
        return turnId;
    }

    private String status(UUID turnId) {
        return jdbc.queryForObject("SELECT status FROM interview_turns WHERE id = ?", String.class, turnId);
    }
}
