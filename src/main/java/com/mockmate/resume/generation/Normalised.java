package com.mockmate.resume.generation;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Text compared the way a reader would: Unicode-normalised, case and runs of white space ignored. */
final class Normalised {

    private Normalised() {}

    static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    static boolean same(@Nullable String a, @Nullable String b) {
        return of(a).equals(of(b));
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
