package com.mockmate.profile.domain;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A skill as the candidate rates it (the verified levels are in the insights, apart from this).
 *
 * @param level one of {@link #LEVELS}
 * @param years years of use, if the candidate says
 */
public record Skill(String name, String level, @Nullable Integer years) implements Serializable {

    public static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced", "expert");
}
