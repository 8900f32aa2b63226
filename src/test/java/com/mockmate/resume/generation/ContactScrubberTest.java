package com.mockmate.resume.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactScrubberTest {

    private final ContactScrubber scrubber = new ContactScrubber("Jane Doe");

    @Test
    void removes_emails_links_phone_numbers_and_the_name() {
        assertThat(scrubber.scrub("Backend engineer (jane doe) - jane.private@mail.example.org, +49 170 1234567,"
                        + " https://github.com/jane and www.jane.dev"))
                .isEqualTo("Backend engineer ([removed]) - [removed], [removed], [removed] and [removed]");
    }

    @Test
    void keeps_employers_periods_dates_and_figures() {
        var bullets = List.of(
                "Built the Booking.com integration 2019-2021",
                "Cut latency from 2.5 s to 300 ms for 100 000 users since 2021-03");

        assertThat(scrubber.scrub(bullets)).isEqualTo(bullets);
        assertThat(scrubber.scrub((String) null)).isNull();
    }
}
