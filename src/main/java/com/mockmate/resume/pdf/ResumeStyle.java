package com.mockmate.resume.pdf;

import java.util.List;

/**
 * Sizes and spacing of a résumé, in points. {@link #REGULAR} is what a résumé looks like; the tighter ones are used, in
 * turn, only when the looser one would run past two pages: type and spacing shrink, no fact is dropped.
 *
 * @param leading line height as a multiple of the font size
 * @param skillsInline all skills in one flowing paragraph instead of a line each
 */
record ResumeStyle(
        float body,
        float small,
        float name,
        float headline,
        float heading,
        float sectionGap,
        float entryGap,
        float leading,
        float margin,
        boolean skillsInline) {

    static final ResumeStyle REGULAR = new ResumeStyle(10, 9.5f, 21, 11.5f, 11.5f, 12, 7, 1.25f, 50, false);
    static final ResumeStyle COMPACT = new ResumeStyle(10, 9.5f, 19, 11, 11, 9, 5, 1.18f, 44, true);
    static final ResumeStyle TIGHT = new ResumeStyle(9.5f, 9, 17, 10.5f, 10.5f, 7, 3.5f, 1.12f, 36, true);

    /** From the most generous to the tightest. */
    static final List<ResumeStyle> IN_TURN = List.of(REGULAR, COMPACT, TIGHT);
}
