package com.mockmate.resume.ui;

import org.jspecify.annotations.Nullable;

/**
 * Where a service problem such as {@code /work/0/highlights/2: must not be blank} points: the section, the entry's
 * index, the entry's field (the list item below it is not told apart) and the message.
 */
record ProblemPointer(
        String section, @Nullable Integer index, @Nullable String field, String message) {

    /** The pointer of "/pointer: message", or null when the problem names no place. */
    static @Nullable ProblemPointer parse(String problem) {
        int colon = problem.indexOf(": ");
        if (!problem.startsWith("/") || colon < 0) {
            return null;
        }
        var steps = problem.substring(1, colon).split("/");
        var message = problem.substring(colon + 2);
        if (steps.length == 0 || steps[0].isEmpty()) {
            return null;
        }
        if (steps[0].equals("basics")) {
            return new ProblemPointer("basics", null, steps.length > 1 ? unescape(steps[1]) : null, message);
        }
        Integer index = steps.length > 1 && steps[1].matches("\\d{1,4}") ? Integer.valueOf(steps[1]) : null;
        String field = index != null && steps.length > 2 ? unescape(steps[2]) : null;
        return new ProblemPointer(steps[0], index, field, message);
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }
}
