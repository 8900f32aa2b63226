package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarStructureTest {

    static final List<String> STORY = List.of(
            "Two years ago I deployed a migration that locked the orders table for nine minutes.",
            "It was my mistake: I had only tested on a small staging database.",
            "I rolled it back and re-ran it that night with a concurrent index build.",
            "Since then we have shipped 50 migrations with zero downtime.",
            "Looking back, I would always ask what locks a change takes.");

    @Test
    void finds_each_part_of_a_story_by_the_sentence_that_shows_it() {
        var story = StarStructure.of(STORY);

        assertThat(story.evidenceFor("describes the specific situation")).contains(STORY.get(0));
        assertThat(story.evidenceFor("takes ownership without blaming others")).contains(STORY.get(1));
        assertThat(story.evidenceFor("states own actions not the team's")).contains(STORY.get(0));
        assertThat(story.evidenceFor("quantified result")).contains(STORY.get(3));
        assertThat(story.evidenceFor("reflection on what to do differently")).contains(STORY.get(4));
    }

    @Test
    void misses_the_result_and_the_lesson_of_a_story_that_stops_early() {
        var story = StarStructure.of(STORY.subList(0, 3));

        assertThat(story.evidenceFor("quantified result")).isEmpty();
        assertThat(story.evidenceFor("reflection on what to do differently")).isEmpty();
        assertThat(story.has(StoryPart.ACTION)).isTrue();
    }

    @Test
    void wants_figures_for_a_quantified_result_but_not_for_an_outcome() {
        var story = StarStructure.of(List.of("In the end the team shipped the feature and the client was happy."));

        assertThat(story.evidenceFor("describes the outcome")).isPresent();
        assertThat(story.evidenceFor("quantified result")).isEmpty();
    }

    @Test
    void says_nothing_about_key_points_that_are_not_parts_of_a_story() {
        assertThat(StoryPart.describedBy("average O(1) get and put")).isEmpty();
        assertThat(StarStructure.of(STORY).evidenceFor("listened to their perspective"))
                .isEmpty();
    }
}
