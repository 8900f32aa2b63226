package com.mockmate.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Interviews on the seeded "Software Engineer Warm-up" test, started over the API as a candidate would. */
public final class Interviews {

    private Interviews() {}

    public static UUID warmUpTestId(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
    }

    /** Starts an interview on the warm-up test and answers its session id. */
    public static String startWarmUp(ApiClient api, JdbcTemplate jdbc, String token) {
        return api.post("/api/v1/sessions", Map.of("testId", warmUpTestId(jdbc).toString()), token)
                .json()
                .get("id")
                .asString();
    }
}
