package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import org.junit.jupiter.api.Test;
import org.languagetool.broker.DefaultResourceDataBroker;
import org.languagetool.chunking.EnglishChunker;

class NarrowChunkerBeamTest {

    private static final GrammarChecker checker = new GrammarChecker(1);

    @Test
    void serves_the_chunker_model_with_a_beam_of_three_and_every_other_resource_unchanged() throws IOException {
        var broker = new NarrowChunkerBeam();

        try (var served = broker.getAsStream(NarrowChunkerBeam.CHUNKER_MODEL)) {
            var model = new ChunkerModel(served);
            assertThat(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                    .isEqualTo("3");
            assertThat(model.getChunkerModel().getNumOutcomes()).isPositive();
        }
        var defaults = new DefaultResourceDataBroker();
        try (var served = broker.getAsStream("/en-token.bin");
                var original = defaults.getAsStream("/en-token.bin")) {
            assertThat(served.readAllBytes()).isEqualTo(original.readAllBytes());
        }
        assertThat(broker.getAsStream("/no-such-model.bin")).isNull();
    }

    @Test
    void languagetool_tags_phrases_with_the_narrow_beam() throws Exception {
        checker.check("There is many reasons to use a cache.");

        var field = EnglishChunker.class.getDeclaredField("chunkerModel");
        field.setAccessible(true);
        var model = (ChunkerModel) field.get(null);
        assertThat(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("3");
    }

    @Test
    void reports_exactly_what_the_default_beam_reported_on_typical_learner_errors() throws IOException {
        var cases = learnerErrors();
        assertThat(cases).hasSizeGreaterThan(30);

        for (var line : cases) {
            var parts = line.split(" \\| ");
            var reported = checker.check(parts[0]).findings().stream()
                    .map(finding -> finding.rule() + ": " + finding.excerpt())
                    .toList();
            assertThat(reported).as(parts[0]).isEqualTo(Arrays.asList(parts[1].split("; ")));
        }
    }

    private static List<String> learnerErrors() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                NarrowChunkerBeamTest.class.getResourceAsStream("/grammar/learner-errors.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
