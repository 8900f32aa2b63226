package com.mockmate.resume.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedDatesTest {

    @Test
    void prints_json_resume_dates_with_month_names() {
        assertThat(PrintedDates.date("2021-03")).isEqualTo("Mar 2021");
        assertThat(PrintedDates.date("2021-09-15")).isEqualTo("Sep 2021");
        assertThat(PrintedDates.date("2016")).isEqualTo("2016");
    }

    @Test
    void prints_a_range_open_ended_as_present() {
        assertThat(PrintedDates.range("2021-03", null)).isEqualTo("Mar 2021 – Present");
        assertThat(PrintedDates.range("2016", "2020")).isEqualTo("2016 – 2020");
        assertThat(PrintedDates.range("2020", "2020")).isEqualTo("2020");
        assertThat(PrintedDates.range(null, "2020")).isEqualTo("2020");
        assertThat(PrintedDates.range("", null)).isEmpty();
    }

    @Test
    void prints_what_it_cannot_read_as_written() {
        assertThat(PrintedDates.date("2021-13")).isEqualTo("2021-13");
        assertThat(PrintedDates.date(" circa 2019 ")).isEqualTo("circa 2019");
    }
}
