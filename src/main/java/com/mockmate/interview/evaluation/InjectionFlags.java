package com.mockmate.interview.evaluation;

import com.mockmate.llm.PromptInjectionDetector;

/** The injection detector's stored rule names in words, for the screens that show flagged answers to staff. */
public final class InjectionFlags {

    private InjectionFlags() {}

    /** What a rule name means; a name no rule has any more is shown as it was stored. */
    public static String describe(String rule) {
        return PromptInjectionDetector.describe(rule);
    }
}
