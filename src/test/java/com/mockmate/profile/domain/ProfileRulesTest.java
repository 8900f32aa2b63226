package com.mockmate.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileRulesTest {

    @ParameterizedTest
    @CsvSource({
        "jane.doe, jane-doe",
        "J_Smith, j-smith",
        "ab, ab-me",
        "...x..., x-me",
        "a__b--c, a-b-c",
    })
    void derives_a_handle_from_a_username(String username, String handle) {
        assertThat(ProfileRules.handleFrom(username)).isEqualTo(handle);
        assertThat(ProfileRules.handleProblem(handle)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ab", "-jane", "jane-", "Jane", "jane doe", "jäne", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void refuses_malformed_handles(String handle) {
        assertThat(ProfileRules.handleProblem(handle)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        "2021-03, 2021-02, false",
        "2021-03, 2021-03, true",
        "2021-03, 2021, true",
        "2020, 2019-12, false",
        "2016, 2020, true",
    })
    void an_end_may_not_lie_before_its_start(String start, String end, boolean ok) {
        assertThat(ProfileRules.endProblem(start, end) == null).isEqualTo(ok);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.org", "javascript:alert(1)", "github.com/jane", "https://", "mailto:a@b.c"})
    void links_must_be_http_or_https_with_a_host(String url) {
        assertThat(ProfileRules.urlProblem(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/jane", "http://jane.dev/blog?x=1"})
    void accepts_web_links(String url) {
        assertThat(ProfileRules.urlProblem(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "23-05", "May 2023", "1949", "2023-5"})
    void dates_are_a_year_or_a_month(String date) {
        assertThat(ProfileRules.dateProblem(date)).isNotNull();
    }
}
