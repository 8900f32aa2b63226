package com.mockmate.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @ParameterizedTest
    @CsvSource({
        "Jane.Doe, jane.doe",
        "'  jane.doe ', jane.doe",
        "\u017Fam, sam", // long s
        "\u212Aate, kate", // Kelvin sign
        "\uFF2A\uFF41\uFF4E\uFF45, jane", // fullwidth
        "\uFB01sh, fish", // ligature fi
        "\u3000bob\u3000, bob", // ideographic spaces
    })
    void compatibility_spellings_and_case_fold_to_one_well_formed_name(String typed, String canonical) {
        assertThat(Usernames.normalise(typed)).isEqualTo(canonical);
        assertThat(Usernames.isWellFormed(Usernames.normalise(typed))).isTrue();
        assertThat(Usernames.normalise(canonical)).as("idempotent").isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0131van",
                "\u0130van",
                "j\u00e4ne",
                "jane doe",
                "ab",
                "x1234567890123456789012345678901234567890"
            })
    void look_alikes_and_names_outside_the_rule_are_not_well_formed(String typed) {
        assertThat(Usernames.isWellFormed(Usernames.normalise(typed))).isFalse();
    }

    @Test
    void the_dotless_i_stays_what_it_is() {
        assertThat(Usernames.normalise("\u0131van")).isEqualTo("\u0131van").isNotEqualTo("ivan");
    }

    @Test
    void audits_a_short_printable_form_of_any_attempted_name() {
        assertThat(Usernames.forAudit("Jane.Doe")).isEqualTo("jane.doe");
        assertThat(Usernames.forAudit("x".repeat(500)))
                .hasSize(Usernames.AUDIT_MAX)
                .endsWith("…");
        assertThat(Usernames.forAudit("a\u0000b\nc")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(Usernames.forAudit("\uD83D\uDE00".repeat(100)))
                .satisfies(shown ->
                        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(Usernames.AUDIT_MAX));
        assertThat(Usernames.forAudit(null)).isEmpty();
    }
}
