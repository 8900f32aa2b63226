package com.mockmate.profile.domain;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position held. Dates are {@code YYYY-MM} (or {@code YYYY}); no end means it is the current one.
 *
 * @param bullets what the candidate did there, one achievement per line
 */
public record Experience(
        String title,
        String company,
        String start,
        @Nullable String end,
        List<String> bullets) implements Serializable {

    public Experience {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
