package com.mockmate.profile.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileSummaryScrubberTest {

    private final ProfileSummary.Scrubber scrubber = new ProfileSummary.Scrubber(List.of("Jane Q. Doe", "jdoe42"));

    @Test
    void removes_contact_data_and_the_accounts_own_names() {
        var scrubbed = scrubber.scrub("Backend engineer (Jane Doe, jdoe42) jane@doe.dev +1 (415) 555-0100"
                + " https://jane.dev/cv www.janedoe.com");

        assertThat(scrubbed)
                .startsWith("Backend engineer")
                .doesNotContain("Jane")
                .doesNotContain("Doe")
                .doesNotContain("jdoe42")
                .doesNotContain("@")
                .doesNotContain("555")
                .doesNotContain("jane.dev")
                .doesNotContain("janedoe");
    }

    @Test
    void leaves_ordinary_text_and_years_alone() {
        assertThat(scrubber.scrub("Java developer since 2015, 8 years of Spring"))
                .isEqualTo("Java developer since 2015, 8 years of Spring");
    }
}
