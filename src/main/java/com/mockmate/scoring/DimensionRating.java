package com.mockmate.scoring;

import java.io.Serializable;
import java.util.List;

/**
 * One dimension's rating, why, and the evidence for it.
 *
 * @param evidence up to {@link #MAX_EVIDENCE} short quotes copied from the answer; a reply's quotes are checked with
 *     {@link Quotes} before they are kept, and evaluations stored before quotes existed have none
 */
public record DimensionRating(Rating rating, String justification, List<String> evidence) implements Serializable {

    public static final int MAX_EVIDENCE = 3;

    /** The reply schema's limit on one quote. */
    public static final int MAX_QUOTE_CHARS = 300;

    public DimensionRating {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A rating that quotes nothing: one with nothing to judge, or one measured over the whole answer. */
    public DimensionRating(Rating rating, String justification) {
        this(rating, justification, List.of());
    }
}
