package com.mockmate.llm.offline;

import java.util.Comparator;
import java.util.List;

/**
 * Asks about a missed key point without giving it away: the question names the kind of thing that is missing (see
 * {@link FollowUpAspect}), never the key point's words. A story that lacks its result or its lesson is asked for that
 * part first, because those are what a behavioural answer most often leaves out.
 */
final class FollowUpQuestion {

    static final String GENERIC =
            "There is one more part of this question you didn't touch on. What else would you consider here?";

    static final String LEAD = "You haven't covered everything yet. ";

    private FollowUpQuestion() {}

    static String about(String keyPoint) {
        return LEAD + FollowUpAspect.of(keyPoint).question();
    }

    /** The missed key point to ask about: the most telling missing part of a story, else the first one missed. */
    static String choose(List<String> missed) {
        return missed.stream()
                .filter(keyPoint -> FollowUpAspect.of(keyPoint).isStoryPart())
                .min(Comparator.comparing(FollowUpAspect::of))
                .orElse(missed.getFirst());
    }
}
