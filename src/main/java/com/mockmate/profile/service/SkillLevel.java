package com.mockmate.profile.service;

import java.math.BigDecimal;

/**
 * A verified level per topic, from the mean score of the candidate's interviews in it and how many there were. A high
 * mean over one interview is not yet evidence of expertise, so the upper levels also need a count:
 *
 * <ul>
 *   <li>Expert: mean of at least 85 over at least 5 interviews
 *   <li>Advanced: mean of at least 70 over at least 3 interviews
 *   <li>Intermediate: mean of at least 50
 *   <li>Beginner: anything else
 * </ul>
 */
public enum SkillLevel {
    BEGINNER("Beginner"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced"),
    EXPERT("Expert");

    static final BigDecimal EXPERT_MEAN = BigDecimal.valueOf(85);
    static final int EXPERT_SESSIONS = 5;
    static final BigDecimal ADVANCED_MEAN = BigDecimal.valueOf(70);
    static final int ADVANCED_SESSIONS = 3;
    static final BigDecimal INTERMEDIATE_MEAN = BigDecimal.valueOf(50);

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SkillLevel of(BigDecimal mean, int sessions) {
        if (mean.compareTo(EXPERT_MEAN) >= 0 && sessions >= EXPERT_SESSIONS) {
            return EXPERT;
        }
        if (mean.compareTo(ADVANCED_MEAN) >= 0 && sessions >= ADVANCED_SESSIONS) {
            return ADVANCED;
        }
        return mean.compareTo(INTERMEDIATE_MEAN) >= 0 ? INTERMEDIATE : BEGINNER;
    }
}
