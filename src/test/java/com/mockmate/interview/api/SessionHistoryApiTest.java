package com.mockmate.interview.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.support.ScoredInterviews.Question;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/sessions: the caller's own interviews, filtered, sorted and paged by the database. */
@IntegrationTest
class SessionHistoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ApiClient api;
    String token;
    Question java;
    Question sql;
    LocalDate today;

    @BeforeEach
    void history() {
        api = new ApiClient(port);
        var account = Accounts.register(api, "hana.history");
        token = Accounts.login(api, account).accessToken();
        var interviews = new ScoredInterviews(jdbc);
        java = interviews.question("Java", 0);
        sql = interviews.question("SQL & Databases", 0);
        today = LocalDate.now(clock);
        interviews.completed(account.id(), day(-4), java.answered("good", 80, 80, 80, 80, 80));
        interviews.completed(account.id(), day(-2), sql.answered("fair", 55, 55, 55, 55, 55));
        interviews.completed(account.id(), day(-1), java.answered("good", 70, 70, 70, 70, 70), sql.skipped());
        interviews.inProgress(account.id(), day(0), java.answered("good", 90, 90, 90, 90, 90));
        var other = Accounts.register(api, "otto.other");
        interviews.completed(other.id(), day(-1), java.answered("good", 99, 99, 99, 99, 99));
    }

    private Instant day(int offset) {
        return today.plusDays(offset).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    @Test
    void lists_only_the_callers_interviews_newest_first() {
        var page = api.get("/api/v1/sessions", token).json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(scores(page)).containsExactly("", "35.00", "55.00", "80.00");
    }

    @Test
    void filters_by_topic_status_and_inclusive_start_dates() {
        assertThat(scores(get("?topicId=" + sql.topicId()))).containsExactly("35.00", "55.00");
        assertThat(scores(get("?status=IN_PROGRESS"))).containsExactly("");
        assertThat(scores(get("?from=" + today.minusDays(2) + "&to=" + today.minusDays(1))))
                .containsExactly("35.00", "55.00");
        assertThat(scores(get("?topicId=" + java.topicId() + "&status=COMPLETED&from=" + today.minusDays(4))))
                .containsExactly("35.00", "80.00");
    }

    @Test
    void sorts_and_pages_in_the_database() {
        var first = get("?status=COMPLETED&sort=totalScore,desc&size=2");
        assertThat(scores(first)).containsExactly("80.00", "55.00");
        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(scores(get("?status=COMPLETED&sort=totalScore,desc&size=2&page=1")))
                .containsExactly("35.00");
        assertThat(scores(get("?sort=startedAt,asc"))).containsExactly("80.00", "55.00", "35.00", "");
    }

    @Test
    void rejects_bad_filters_and_unknown_sorts_with_a_problem() {
        assertProblem(api.get("/api/v1/sessions?status=DONE", token), 400);
        assertProblem(api.get("/api/v1/sessions?topicId=java", token), 400);
        assertProblem(api.get("/api/v1/sessions?from=" + today + "&to=" + today.minusDays(1), token), 400);
        assertProblem(api.get("/api/v1/sessions?sort=userId", token), 400);
    }

    private JsonNode get(String query) {
        var response = api.get("/api/v1/sessions" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> scores(JsonNode page) {
        var scores = new ArrayList<String>();
        page.get("content")
                .forEach(item -> scores.add(
                        item.get("totalScore").isNull()
                                ? ""
                                : item.get("totalScore")
                                        .decimalValue()
                                        .setScale(2)
                                        .toPlainString()));
        return scores;
    }
}
