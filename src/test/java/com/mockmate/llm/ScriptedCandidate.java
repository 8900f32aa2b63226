package com.mockmate.llm;

import org.jspecify.annotations.Nullable;

/**
 * The simulated candidates of the regression suite. {@code intended} is the quality each one is written to have (5 best,
 * 1 nothing to judge); the suite compares it with the total the evaluator gives. The injection attempt and the
 * unfinished story have no place on that scale: they are judged against another answer to the same question.
 */
enum ScriptedCandidate {
    STRONG(5),
    PARTIAL(4),
    RAMBLING(3),
    VAGUE(2),
    DONT_KNOW(1),
    SILENT(1),
    OFF_TOPIC(1),
    OTHER_LANGUAGE(1),
    INJECTION(null),
    UNFINISHED_STORY(null);

    private final @Nullable Integer intended;

    ScriptedCandidate(@Nullable Integer intended) {
        this.intended = intended;
    }

    boolean ranked() {
        return intended != null;
    }

    int intended() {
        if (intended == null) {
            throw new IllegalStateException(this + " has no intended quality");
        }
        return intended;
    }

    /** Nothing in the answer to judge: "I don't know", silence, another subject, another language. */
    boolean noContent() {
        return intended != null && intended == 1;
    }
}
