package com.mockmate.profile.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProfileApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Account jane;
    String token;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
        token = Accounts.login(api, jane).accessToken();
    }

    static Map<String, Object> contract() {
        var profile = new HashMap<String, Object>();
        profile.put("handle", "jane-doe");
        profile.put("public", false);
        profile.put("headline", "Backend engineer");
        profile.put("about", "I build payment systems.");
        profile.put("location", "Berlin");
        var position = new HashMap<String, Object>();
        position.put("title", "Software Engineer");
        position.put("company", "Acme Robotics");
        position.put("start", "2021-03");
        position.put("end", null);
        position.put("bullets", List.of("Cut the order API's p95 latency by 40%"));
        profile.put("experience", List.of(position));
        profile.put(
                "education",
                List.of(Map.of(
                        "institution", "TU Berlin", "degree", "BSc Computer Science", "start", "2016", "end", "2020")));
        profile.put("skills", List.of(Map.of("name", "Java", "level", "advanced", "years", 5)));
        profile.put(
                "certifications",
                List.of(Map.of("name", "AWS Certified Developer", "issuer", "Amazon Web Services", "date", "2023-05")));
        profile.put("links", List.of(Map.of("label", "GitHub", "url", "https://github.com/jane")));
        return profile;
    }

    @Test
    void a_new_account_has_a_private_profile_with_a_handle_from_its_username() {
        var profile = api.get("/api/v1/profile", token);

        assertThat(profile.status()).isEqualTo(200);
        var json = profile.json();
        assertThat(json.get("handle").asString()).isEqualTo("jane-doe");
        assertThat(json.get("public").asBoolean()).isFalse();
        assertThat(json.get("skills").size()).isZero();
        assertThat(json.get("photoUrl").isNull()).isTrue();
        assertThat(json.get("publicUrl").asString()).endsWith("/p/jane-doe");
    }

    @Test
    void saves_the_documented_shape_and_returns_it() {
        var saved = api.put("/api/v1/profile", contract(), token);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var json = api.get("/api/v1/profile", token).json();
        assertThat(json.get("headline").asString()).isEqualTo("Backend engineer");
        assertThat(json.get("location").asString()).isEqualTo("Berlin");
        var position = json.get("experience").get(0);
        assertThat(position.get("company").asString()).isEqualTo("Acme Robotics");
        assertThat(position.get("start").asString()).isEqualTo("2021-03");
        assertThat(position.get("end").isNull()).isTrue();
        assertThat(position.get("bullets").get(0).asString()).startsWith("Cut the order API");
        assertThat(json.get("education").get(0).get("end").asString()).isEqualTo("2020");
        assertThat(json.get("skills").get(0).get("level").asString()).isEqualTo("advanced");
        assertThat(json.get("skills").get(0).get("years").asInt()).isEqualTo(5);
        assertThat(json.get("certifications").get(0).get("date").asString()).isEqualTo("2023-05");
        assertThat(json.get("links").get(0).get("url").asString()).isEqualTo("https://github.com/jane");
        assertThat(json.get("insightsPublic").asBoolean()).isTrue();
    }

    @Test
    void rejects_invalid_values_with_one_error_per_field() {
        var profile = contract();
        var position = new HashMap<>(((List<Map<String, Object>>) profile.get("experience")).getFirst());
        position.put("start", "2021-03");
        position.put("end", "2020-11");
        profile.put("experience", List.of(position));
        profile.put("links", List.of(Map.of("label", "Site", "url", "javascript:alert(1)")));
        profile.put(
                "skills",
                IntStream.range(0, 200)
                        .mapToObj(i -> Map.of("name", "Skill " + i, "level", "advanced"))
                        .toList());
        profile.put("handle", "Jane Doe!");
        profile.put("headline", "x".repeat(201));

        var response = assertProblem(api.put("/api/v1/profile", profile, token), 400);

        assertThat(fields(response.json()))
                .contains("experience[0].end", "links[0].url", "skills", "handle", "headline");
        assertThat(message(response.json(), "experience[0].end")).contains("before the start");
        assertThat(message(response.json(), "links[0].url")).contains("http");
        assertThat(api.get("/api/v1/profile", token).json().get("headline").isNull())
                .as("nothing saved")
                .isTrue();
    }

    @Test
    void rejects_an_unknown_skill_level_and_a_bad_date() {
        var profile = contract();
        profile.put("skills", List.of(Map.of("name", "Java", "level", "guru")));
        profile.put("certifications", List.of(Map.of("name", "OCP", "date", "May 2023")));

        var response = assertProblem(api.put("/api/v1/profile", profile, token), 400);

        assertThat(fields(response.json())).containsExactlyInAnyOrder("certifications[0].date", "skills[0].level");
    }

    @Test
    void a_handle_another_profile_has_is_a_conflict() {
        var other = Accounts.register(api, "john.roe");
        var otherToken = Accounts.login(api, other).accessToken();
        var taken = contract();
        taken.put("handle", "the-best");
        assertThat(api.put("/api/v1/profile", taken, otherToken).status()).isEqualTo(200);

        var response = assertProblem(api.put("/api/v1/profile", taken, token), 409);

        assertThat(response.json().get("detail").asString()).contains("the-best");
    }

    @Test
    void each_account_reads_and_writes_only_its_own_profile() {
        api.put("/api/v1/profile", contract(), token);
        var other = Accounts.register(api, "john.roe");
        var otherToken = Accounts.login(api, other).accessToken();

        var theirs = api.get("/api/v1/profile", otherToken).json();

        assertThat(theirs.get("handle").asString()).isEqualTo("john-roe");
        assertThat(theirs.get("headline").isNull()).isTrue();
        assertThat(api.get("/api/v1/profile", null).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/profile", contract(), null).status()).isEqualTo(401);
    }

    @Test
    void a_private_profile_and_an_unknown_handle_get_the_same_404() {
        api.put("/api/v1/profile", contract(), token);

        var hidden = assertProblem(api.get("/api/v1/profiles/jane-doe", null), 404);
        var unknown = assertProblem(api.get("/api/v1/profiles/nobody-here", null), 404);

        assertThat(hidden.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void a_public_profile_is_readable_without_login_and_without_contact_data() {
        var profile = contract();
        profile.put("public", true);
        api.put("/api/v1/profile", profile, token);

        var response = api.get("/api/v1/profiles/jane-doe", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("headline").asString()).isEqualTo("Backend engineer");
        assertThat(response.json().get("insights").get("sessions").asInt()).isZero();
        assertThat(response.body())
                .doesNotContain(jane.email())
                .doesNotContain("Test jane.doe")
                .doesNotContain("\"email\"")
                .doesNotContain("\"phone\"")
                .doesNotContain(jane.id().toString());
    }

    @Test
    void the_candidate_can_hide_the_insights_from_the_public_page() {
        var profile = contract();
        profile.put("public", true);
        profile.put("insightsPublic", false);
        api.put("/api/v1/profile", profile, token);

        var response = api.get("/api/v1/profiles/jane-doe", null);

        assertThat(response.json().get("insights").isNull()).isTrue();
        assertThat(api.get("/api/v1/profile", token)
                        .json()
                        .get("insightsPublic")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void making_a_profile_public_and_private_again_is_audited_and_ends_the_public_page() {
        var profile = contract();
        profile.put("public", true);
        api.put("/api/v1/profile", profile, token);
        api.put("/api/v1/profile", profile, token);
        profile.put("public", false);
        api.put("/api/v1/profile", profile, token);

        assertThat(AuditLogs.actions(jdbc).stream()
                        .filter(action -> action.startsWith("PROFILE_MADE"))
                        .toList())
                .containsExactly("PROFILE_MADE_PUBLIC", "PROFILE_MADE_PRIVATE");
        assertThat(AuditLogs.rows(jdbc, "PROFILE_MADE_PUBLIC").getFirst().get("actor_id"))
                .isEqualTo(jane.id());
        assertThat(api.get("/api/v1/profiles/jane-doe", null).status()).isEqualTo(404);
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String message(JsonNode problem, String field) {
        for (var error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
