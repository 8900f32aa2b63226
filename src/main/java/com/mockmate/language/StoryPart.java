package com.mockmate.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a behavioural answer told in the STAR manner, and how a key point names one of them. Such key points
 * describe the structure of a story ("describes the specific situation", "quantified result", "reflection on what to do
 * differently") rather than facts, so shared words cannot show that an answer covers them; {@link StarStructure}
 * recognises the parts themselves.
 */
public enum StoryPart {
    SITUATION("\\b(situation|context|describes the deadline|goal requiring)"),
    ACTION("\\b(own actions|actions taken|personal contribution|what they did)\\b"),
    OWNERSHIP("\\b(takes|took) ownership\\b|\\bwithout blaming\\b"),
    RESULT("\\b(result|outcome)s?\\b"),
    REFLECTION("\\b(reflect\\w*|learn\\w*|lessons?|differently|why they are proud)\\b");

    /** A result key point that asks for numbers is covered only by an outcome with facts or figures. */
    private static final Pattern WANTS_FIGURES = Pattern.compile("\\b(quantified|measurable|measured|metrics?)\\b");

    private final Pattern keyPoint;

    StoryPart(String keyPoint) {
        this.keyPoint = Pattern.compile(keyPoint);
    }

    /** The part a key point describes, if it describes the structure of a story at all. */
    public static Optional<StoryPart> describedBy(String keyPoint) {
        var text = keyPoint.toLowerCase(Locale.ROOT);
        for (var part : values()) {
            if (part.keyPoint.matcher(text).find()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    static boolean wantsFigures(String keyPoint) {
        return WANTS_FIGURES.matcher(keyPoint.toLowerCase(Locale.ROOT)).find();
    }
}
