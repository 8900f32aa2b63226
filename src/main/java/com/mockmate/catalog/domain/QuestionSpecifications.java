package com.mockmate.catalog.domain;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the question grid and the questions endpoint. */
public final class QuestionSpecifications {

    private QuestionSpecifications() {}

    public static Specification<Question> matching(
            @Nullable UUID topicId,
            @Nullable Difficulty difficulty,
            @Nullable String tag,
            @Nullable String text,
            boolean includeArchived) {
        Specification<Question> spec = (root, query, cb) -> cb.conjunction();
        if (topicId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("topicId"), topicId));
        }
        if (!includeArchived) {
            spec = spec.and((root, query, cb) -> cb.isFalse(root.get("archived")));
        }
        if (difficulty != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("difficulty"), difficulty));
        }
        if (text != null && !text.isBlank()) {
            var pattern = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("text")), pattern));
        }
        if (tag != null && !tag.isBlank()) {
            var normalized = tag.trim().toLowerCase(Locale.ROOT);
            spec = spec.and((root, query, cb) -> cb.isTrue(cb.function(
                    "jsonb_contains",
                    Boolean.class,
                    root.get("tags"),
                    cb.function("jsonb_build_array", Object.class, cb.literal(normalized)))));
        }
        return spec;
    }
}
