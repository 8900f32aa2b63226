package com.mockmate.user.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one spelling of a username that storage, lookup, login throttling and the audit trail all use.
 *
 * <p>The rule: Unicode NFKC, then strip surrounding white space, then lower-case with {@link Locale#ROOT}. NFKC turns
 * compatibility forms into the letters they stand for (long s U+017F to {@code s}, Kelvin sign U+212A to {@code k},
 * fullwidth {@code Ｊ} to {@code j}, ligature {@code ﬁ} to {@code fi}), so every such spelling is the same name and
 * shares one throttle window. Lower-casing then folds ASCII case only in effect, because a name is well-formed only
 * when the result is 3 to 40 of {@code a-z 0-9 . _ -}. Letters that merely look alike stay distinct and therefore
 * ill-formed: the dotless {@code ı} (U+0131) has no compatibility mapping and lower-cases to itself, so it never
 * reaches an account spelled with {@code i}. (SQL {@code upper()} used to fold {@code ı} to {@code I} and {@code ſ} to
 * {@code S} behind the throttle's back.) For well-formed names the rule is idempotent.
 */
public final class Usernames {

    private static final Pattern WELL_FORMED =
            Pattern.compile("[a-z0-9._-]{" + User.USERNAME_MIN + "," + User.USERNAME_MAX + "}");
    /** Longest attempted name kept in the audit trail, whose target column holds 100 characters. */
    static final int AUDIT_MAX = 64;

    private Usernames() {}

    /** The canonical spelling of whatever was typed; not necessarily a well-formed name. */
    public static @Nullable String normalise(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalised name could belong to an account; anything else is refused without a database query. */
    public static boolean isWellFormed(@Nullable String normalised) {
        return normalised != null && WELL_FORMED.matcher(normalised).matches();
    }

    /**
     * What the audit trail records for an attempted name: the canonical form, shortened and with control characters
     * replaced, so that an absurd or hostile name is still recorded rather than failing the audit insert.
     */
    public static String forAudit(@Nullable String typed) {
        var normalised = normalise(typed);
        if (normalised == null) {
            return "";
        }
        var shown = normalised.codePointCount(0, normalised.length()) > AUDIT_MAX
                ? normalised.substring(0, normalised.offsetByCodePoints(0, AUDIT_MAX - 1)) + "…"
                : normalised;
        return shown.replaceAll("\\p{Cc}", "\uFFFD");
    }
}
