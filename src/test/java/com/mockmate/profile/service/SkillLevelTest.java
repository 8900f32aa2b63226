package com.mockmate.profile.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillLevelTest {

    @ParameterizedTest
    @CsvSource({
        "95, 1, INTERMEDIATE",
        "85, 5, EXPERT",
        "84.99, 9, ADVANCED",
        "85, 4, ADVANCED",
        "70, 3, ADVANCED",
        "70, 2, INTERMEDIATE",
        "50, 1, INTERMEDIATE",
        "49.99, 20, BEGINNER",
    })
    void needs_both_a_mean_and_enough_interviews(String mean, int sessions, SkillLevel level) {
        assertThat(SkillLevel.of(new BigDecimal(mean), sessions)).isEqualTo(level);
    }
}
