package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DimensionRatingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_rating_stored_before_evidence_existed_reads_with_no_quotes() {
        var rating = JSON.readValue("{\"rating\":\"good\",\"justification\":\"Clear.\"}", DimensionRating.class);

        assertThat(rating.evidence()).isEmpty();
        assertThat(rating.rating()).isEqualTo(Rating.GOOD);
    }

    @Test
    void keeps_its_quotes_through_json() {
        var rating = new DimensionRating(Rating.FAIR, "Some reasoning.", java.util.List.of("because it is simpler"));

        assertThat(JSON.readValue(JSON.writeValueAsString(rating), DimensionRating.class))
                .isEqualTo(rating);
    }
}
