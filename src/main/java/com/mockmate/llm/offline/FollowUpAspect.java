package com.mockmate.llm.offline;

import com.mockmate.language.StoryPart;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What kind of thing a missed key point is, and the question that asks about that kind without naming the key point:
 * a part of a story (the result, the lesson), or for a technical key point the failure case, the cost, the limits, how
 * to detect it, the alternatives, or otherwise the mechanism itself. A follow-up that quoted the key point's words
 * ("how would 'indexed by hashCode' come into play?") would hand the candidate the answer. The classification is by
 * cue words, checked in declaration order; the first kind that fits wins.
 */
enum FollowUpAspect {
    RESULT(StoryPart.RESULT, null, "How did it turn out in the end? What changed, ideally in numbers?"),
    REFLECTION(
            StoryPart.REFLECTION,
            null,
            "Looking back, what did you take away from it, and what would you change next time?"),
    ACTION(StoryPart.ACTION, null, "What exactly did you do yourself, as opposed to the rest of the team?"),
    OWNERSHIP(StoryPart.OWNERSHIP, null, "Which part of it was your own responsibility, and how did you handle that?"),
    SITUATION(StoryPart.SITUATION, null, "Can you set the scene first: where was this, and what was at stake?"),
    DETECTION(
            null,
            "\\b(detect\\w*|monitor\\w*|logging|explain|metrics?|statistics|counts?|ratio|traces?|measur\\w*)\\b",
            "How would you notice this, or measure it, in a running system?"),
    FAILURE(
            null,
            "\\b(lost|loss|duplicat\\w*|stale|fail\\w*|errors?|anomal\\w*|race|collisions?|poison|unhealthy|negates?"
                    + "|conflict\\w*|skew|bugs?|wrong|dirty|phantom|leak\\w*|side effects?)\\b",
            "What can go wrong here, and how would you guard against it?"),
    COST(
            null,
            "\\b(slower|costs?|storage|overhead|performance|latency|throughput|contention|expensive|average|pause)\\b"
                    + "|\\bo\\(",
            "What does this cost, in time, memory or throughput, and when does that matter?"),
    LIMITS(
            null,
            "\\b(resize\\w*|exceed\\w*|threshold|limits?|capacity|bursts?|window|ttl|expir\\w*|evict\\w*|lru|grow\\w*"
                    + "|retr(y|ies)|backoff)\\b",
            "What happens as it grows, or when it reaches a limit?"),
    ALTERNATIVES(
            null,
            "\\b(versus|vs|or|instead|variants?|alternatives?|defaults?|either)\\b",
            "Which alternatives are there, and when would you pick each one?"),
    MECHANISM(null, null, "Which step of how this works underneath would you add to your answer?");

    private final @Nullable StoryPart storyPart;
    private final @Nullable Pattern cue;
    private final String question;

    FollowUpAspect(@Nullable StoryPart storyPart, @Nullable String cue, String question) {
        this.storyPart = storyPart;
        this.cue = cue == null ? null : Pattern.compile(cue);
        this.question = question;
    }

    String question() {
        return question;
    }

    boolean isStoryPart() {
        return storyPart != null;
    }

    static FollowUpAspect of(String keyPoint) {
        var part = StoryPart.describedBy(keyPoint);
        var text = keyPoint.toLowerCase(Locale.ROOT);
        for (var aspect : values()) {
            if (aspect.storyPart != null ? part.orElse(null) == aspect.storyPart : aspect.fits(text)) {
                return aspect;
            }
        }
        return MECHANISM;
    }

    private boolean fits(String lowerCaseKeyPoint) {
        return cue == null || cue.matcher(lowerCaseKeyPoint).find();
    }

    /** The aspects whose question a follow-up asked, so that the answer to it is judged on those key points. */
    static List<FollowUpAspect> askedIn(String followUp) {
        return Arrays.stream(values())
                .filter(aspect -> followUp.contains(aspect.question))
                .toList();
    }
}
