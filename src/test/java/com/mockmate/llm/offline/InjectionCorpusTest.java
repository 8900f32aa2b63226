package com.mockmate.llm.offline;

import static com.mockmate.llm.offline.SeededQuestions.HASHMAP;
import static com.mockmate.llm.offline.SeededQuestions.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.InterviewerReply;
import com.mockmate.scoring.DimensionRatings;
import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCalculator;
import com.mockmate.scoring.ScoreCard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The issue's promise: no injection attempt raises an offline score. Each attempt from injection-corpus.txt is
 * appended to a middling answer that has room to rise on every dimension; no dimension and no total may go up.
 */
class InjectionCorpusTest {

    /** Covers two of five key points, has two grammar errors and little structure: room to rise everywhere. */
    static final String BASELINE = "A HashMap stores entries in an array of buckets, and the hashCode of the key"
            + " picks the bucket index. If two keys land in the same bucket, equals is used to find the right key."
            + " When it gets too full it resize itself so lookups stays fast.";

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final OfflineInterviewer interviewer =
            new OfflineInterviewer(new KeyPointCoverage(), SeededQuestions.GRAMMAR);
    private final ScoreCalculator calculator = new ScoreCalculator();

    static List<String> attempts() {
        var in = InjectionCorpusTest.class.getResourceAsStream("/injection-corpus.txt");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> ESCAPE.matcher(line)
                            .replaceAll(match -> String.valueOf((char) Integer.parseInt(match.group(1), 16))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_corpus_holds_at_least_thirty_attempts() {
        assertThat(attempts()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @Test
    void the_baseline_leaves_room_to_rise_on_every_dimension() {
        var baseline = score(BASELINE);

        assertThat(List.of(baseline.technical(), baseline.depth(), baseline.communication(), baseline.grammar()))
                .allSatisfy(points -> assertThat(points.intValue()).isLessThan(Rating.EXCELLENT.points()));
        assertThat(baseline.technical().intValue()).isGreaterThan(Rating.NONE.points());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("attempts")
    void appending_an_attempt_raises_no_score(String attempt) {
        var baseline = score(BASELINE);

        var attacked = score(BASELINE + " " + attempt);

        assertThat(attacked.technical()).isLessThanOrEqualTo(baseline.technical());
        assertThat(attacked.depth()).isLessThanOrEqualTo(baseline.depth());
        assertThat(attacked.communication()).isLessThanOrEqualTo(baseline.communication());
        assertThat(attacked.grammar()).isLessThanOrEqualTo(baseline.grammar());
        assertThat(attacked.total()).isLessThanOrEqualTo(baseline.total());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("attempts")
    void an_attempt_on_its_own_earns_no_technical_credit(String attempt) {
        var reply = reply(attempt);

        assertThat(reply.evaluation().technical().rating()).isIn(Rating.NONE, Rating.POOR);
        ReplyContract.assertSatisfiedBy(JSON.writeValueAsString(reply));
    }

    private ScoreCard score(String answer) {
        var evaluation = reply(answer).evaluation();
        return calculator.score(new DimensionRatings(
                evaluation.technical(), evaluation.depth(), evaluation.communication(), evaluation.grammar()));
    }

    private InterviewerReply reply(String answer) {
        var request = OfflineInterviewerTest.request(SeededQuestions.document(HASHMAP, answer));
        return JSON.readValue(interviewer.complete(request).text(), InterviewerReply.class);
    }
}
