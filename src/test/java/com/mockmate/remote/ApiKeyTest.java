package com.mockmate.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

    @Test
    void prints_only_its_last_four_characters_and_nothing_of_a_short_key() {
        assertThat(ApiKey.of("sk-proj-secret-Q8v2mZ4kT1xW9y")).hasToString("****xW9y");
        assertThat(ApiKey.of("short-key")).hasToString("****");
        assertThat(ApiKey.of(" ")).hasToString("(empty)");
        assertThat(ApiKey.NONE.isPresent()).isFalse();
    }

    @Test
    void is_stripped_and_scrubbed_from_text_that_echoes_it() {
        var key = ApiKey.of("  AIzaSy-secret-Gm5Lr0Pq7Xw3Tz\n");

        assertThat(key.secret()).isEqualTo("AIzaSy-secret-Gm5Lr0Pq7Xw3Tz");
        assertThat(key.scrub("API key AIzaSy-secret-Gm5Lr0Pq7Xw3Tz not valid")).isEqualTo("API key *** not valid");
        assertThat(ApiKey.NONE.scrub("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void a_key_with_a_pasted_line_break_inside_does_not_fit_in_a_header() {
        assertThat(ApiKey.of("sk-abc\ndef").fitsInAHeader()).isFalse();
        assertThat(ApiKey.of("sk-abc-def").fitsInAHeader()).isTrue();
    }
}
