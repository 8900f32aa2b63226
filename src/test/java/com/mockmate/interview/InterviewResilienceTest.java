package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.evaluation.StalledTurnRecovery;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
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
    StalledTurnRecovery recovery;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void startInterview() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "res" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        sessionId = Interviews.startWarmUp(api, jdbc, token);
    }

    @Test
    void a_turn_whose_instance_died_is_recovered_with_its_answer_intact() {
        // Holding the session lock stands for an instance still working on the turn.
        redis.opsForValue().set("mockmate:interview:lock:" + sessionId, "someone-else", Duration.ofMinutes(1));
        var turnId = insertPendingTurn("The answer that must survive", "10 minutes");
        assertThat(recovery.recover())
                .as("a busy session is left for the next run")
                .isZero();
        assertThat(status(turnId)).isEqualTo("PENDING");

        redis.delete("mockmate:interview:lock:" + sessionId);
        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(status(turnId)).isEqualTo("EVALUATED");
        assertThat(jdbc.queryForObject("SELECT answer_text FROM interview_turns WHERE id = ?", String.class, turnId))
                .isEqualTo("The answer that must survive");
        assertThat(recovery.recover()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scores WHERE turn_id = ?", Integer.class, turnId))
                .as("running the recovery again changes nothing")
                .isEqualTo(1);
    }

    @Test
    void live_state_is_rebuilt_from_postgres_after_redis_loses_it() {
        insertPendingTurn("An answer", "10 minutes");
        recovery.recover();
        var before = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");

        redis.getConnectionFactory().getConnection().serverCommands().flushDb();

        var after = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        assertThat(after).isEqualTo(before);
        assertThat(redis.hasKey("mockmate:interview:state:" + sessionId)).isTrue();
    }

    @Test
    void a_turn_that_is_still_fresh_is_left_to_its_fast_path() {
        var turnId = insertPendingTurn("Just sent", "1 second");

        assertThat(recovery.recover()).isZero();
        assertThat(status(turnId)).isEqualTo("PENDING");
    }

    private UUID insertPendingTurn(String answer, String age) {
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position,"
                        + " client_turn_id, answer_text, status, created_at, updated_at) SELECT ?, s.id, aq.question_id, 1, 1,"
                        + " 'c1', ?, 'PENDING', now() - ?::interval, now() - ?::interval FROM interview_sessions s JOIN assessment_questions aq"
                        + " ON aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?::uuid",
                turnId,
                answer,
                age,
                age,
                sessionId);
        return turnId;
    }

    private String status(UUID turnId) {
        return jdbc.queryForObject("SELECT status FROM interview_turns WHERE id = ?", String.class, turnId);
    }
}
