package com.mockmate.llm.offline;

import com.mockmate.llm.DeliveryEvidence;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import java.util.Locale;

/**
 * Communication for a spoken answer. A transcript has no reliable punctuation, so sentence length and run-on
 * sentences say nothing; pace, fillers and long pauses, measured from the recording, take their place.
 */
final class SpokenDelivery {

    static final double CALM_PACE_MIN = 110;
    static final double CALM_PACE_MAX = 170;
    static final double SLOW_PACE = 80;
    static final double RUSHED_PACE = 200;
    static final int MANY_LONG_PAUSES = 3;

    private SpokenDelivery() {}

    /**
     * An answer with nothing to judge is rated none, but its delivery is still described: how the candidate spoke is
     * worth knowing even when what they said was not an answer.
     */
    static DimensionRating communication(AnswerMeasures m, DeliveryEvidence delivery) {
        int points = m.relevantWords() >= 40 ? 2 : m.relevantWords() >= 15 ? 1 : 0;
        points += m.connectives() >= 2 ? 1 : 0;
        double pace = delivery.wordsPerMinute();
        points += pace >= CALM_PACE_MIN && pace <= CALM_PACE_MAX ? 1 : 0;
        points -= pace > 0 && (pace < SLOW_PACE || pace > RUSHED_PACE) ? 1 : 0;
        double fillers = m.words() == 0 ? 0 : 100.0 * delivery.fillerWordCount() / m.words();
        points -= fillers > 8 ? 2 : fillers > 3 ? 1 : 0;
        points -= delivery.longPauses() >= MANY_LONG_PAUSES ? 1 : 0;
        points -= m.offTopicShare() > 0.5 ? 1 : 0;
        points -= m.words() > OfflineRubric.LONG_ANSWER_WORDS ? 1 : 0;
        var rating =
                points >= 4 ? Rating.EXCELLENT : points == 3 ? Rating.GOOD : points == 2 ? Rating.FAIR : Rating.POOR;
        var text = String.format(
                Locale.ROOT,
                "Spoken: %s in %.0f s, %.0f words per minute%s; %s%s; %s; %s",
                OfflineRubric.count(m.words(), "word"),
                delivery.durationSeconds(),
                pace,
                delivery.estimated() ? " (estimated)" : "",
                OfflineRubric.count(delivery.fillerWordCount(), "filler word"),
                delivery.fillers().isEmpty() ? "" : " (" + String.join(", ", delivery.fillers()) + ")",
                OfflineRubric.count(delivery.longPauses(), "long pause"),
                OfflineRubric.count(m.connectives(), "distinct connective"));
        if (pace > 0 && pace < SLOW_PACE) text += "; slow pace";
        if (pace > RUSHED_PACE) text += "; rushed pace";
        if (m.noContent() != null) {
            return new DimensionRating(
                    Rating.NONE,
                    text + ". " + OfflineRubric.nothingToJudge(m.noContent()).justification());
        }
        if (m.offTopicShare() > 0.5) text += "; most of it is not about the question";
        return new DimensionRating(rating, text + ".");
    }
}
