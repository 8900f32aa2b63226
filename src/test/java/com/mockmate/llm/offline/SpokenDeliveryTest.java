package com.mockmate.llm.offline;

import static com.mockmate.llm.offline.SeededQuestions.HASHMAP;
import static com.mockmate.llm.offline.SeededQuestions.document;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.DeliveryEvidence;
import com.mockmate.llm.TurnDocument;
import com.mockmate.scoring.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spoken answer's communication rating comes from how it was delivered, not from punctuation it cannot have. */
class SpokenDeliveryTest {

    /** The strong answer as a recogniser writes it: no capitals, no punctuation, one long "sentence". */
    static final String TRANSCRIPT = OfflineInterviewerTest.STRONG_HASHMAP_ANSWER
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[.,;:]", "");

    private final OfflineInterviewer interviewer =
            new OfflineInterviewer(new KeyPointCoverage(), SeededQuestions.GRAMMAR);

    @Test
    void a_calm_fluent_delivery_rates_well_despite_the_missing_punctuation() {
        var calm = new DeliveryEvidence(55, 135, 0, List.of(), 0, false);

        var rating = communication(spoken(calm));

        assertThat(rating.rating()).isIn(Rating.EXCELLENT, Rating.GOOD);
        assertThat(rating.justification()).startsWith("Spoken:").contains("135 words per minute");
    }

    @Test
    void rushing_filler_words_and_long_pauses_lower_the_rating() {
        var calm = communication(spoken(new DeliveryEvidence(55, 135, 0, List.of(), 0, false)));
        var rushed = communication(spoken(new DeliveryEvidence(25, 290, 14, List.of("um", "you know"), 4, false)));

        assertThat(rushed.rating().points()).isLessThan(calm.rating().points());
        assertThat(rushed.justification()).contains("rushed pace", "14 filler words (um, you know)", "4 long pauses");
    }

    @Test
    void estimated_figures_are_labelled() {
        var rating = communication(spoken(new DeliveryEvidence(60, 120, 0, List.of(), 0, true)));

        assertThat(rating.justification()).contains("(estimated)");
    }

    @Test
    void a_typed_answer_is_still_judged_on_its_structure() {
        var typed = interviewer.evaluate(document(HASHMAP, OfflineInterviewerTest.STRONG_HASHMAP_ANSWER));

        assertThat(typed.evaluation().communication().justification()).doesNotStartWith("Spoken:");
    }

    private com.mockmate.scoring.DimensionRating communication(TurnDocument document) {
        return interviewer.evaluate(document).evaluation().communication();
    }

    private static TurnDocument spoken(DeliveryEvidence delivery) {
        var typed = document(HASHMAP, TRANSCRIPT);
        return new TurnDocument(
                typed.profileSummary(),
                typed.session(),
                typed.question(),
                typed.answerText(),
                typed.priorScores(),
                typed.grammarEvidence(),
                delivery);
    }
}
