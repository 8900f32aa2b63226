package com.mockmate.interview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class InterviewRateLimitsTest {

    @Autowired
    InterviewRateLimits limits;

    @Autowired
    InterviewProperties properties;

    @Test
    void answers_beyond_the_minute_limit_are_refused_with_a_wait() {
        var user = UUID.randomUUID();
        for (int i = 0; i < properties.turnsPerMinute(); i++) {
            limits.checkAnswer(user);
        }

        assertThatThrownBy(() -> limits.checkAnswer(user))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1));
                    assertThat(refused.getBody().getDetail())
                            .isEqualTo("You are answering faster than " + properties.turnsPerMinute()
                                    + " times a minute.");
                });
        // Another candidate still answers.
        limits.checkAnswer(UUID.randomUUID());
    }

    @Test
    void model_calls_stop_at_the_daily_limit_for_that_user_only() {
        var user = UUID.randomUUID();
        for (int i = 0; i < properties.llmCallsPerDay(); i++) {
            assertThat(limits.tryModelCall(user)).as("call %d", i + 1).isTrue();
        }

        assertThat(limits.tryModelCall(user)).isFalse();
        assertThat(limits.tryModelCall(UUID.randomUUID())).isTrue();
    }
}
