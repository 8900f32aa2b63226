package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GrammarCheckerTest {

    /** Shared: building LanguageTool takes seconds, and sharing it is what the checker promises to survive. */
    private static final GrammarChecker checker = new GrammarChecker(2);

    @Test
    void finds_agreement_errors_with_position_excerpt_and_suggestions() {
        var text = "He go to school yesterday and they was happy.";

        var report = checker.check(text);

        assertThat(report.wordCount()).isEqualTo(9);
        assertThat(report.issueCount()).isGreaterThanOrEqualTo(2);
        assertThat(report.findings()).extracting(GrammarFinding::excerpt).contains("go", "was");
        var go = report.findings().stream()
                .filter(finding -> finding.excerpt().equals("go"))
                .findFirst()
                .orElseThrow();
        assertThat(text.substring(go.offset(), go.offset() + go.length())).isEqualTo("go");
        assertThat(go.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(go.rule()).isNotBlank();
        assertThat(go.message()).doesNotContain("<suggestion>");
    }

    @Test
    void finds_nothing_in_a_clean_answer() {
        var report = checker.check(
                "A hash map stores its entries in an array of buckets. When two keys collide, the map compares them"
                        + " with equals, so lookups stay fast on average.");

        assertThat(report.issueCount()).isZero();
        assertThat(report.wordCount()).isEqualTo(27);
    }

    @Test
    void does_not_flag_technical_terms_as_misspelt() {
        var report = checker.check(
                "We cache sessions in Redis, call the API through OkHttp and run the ConcurrentHashMap inside a"
                        + " microservice on Kubernetes with an upsert and exponential backoff.");

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void treats_words_of_the_question_as_known_vocabulary() {
        var text = "The frobnicator shards the catalogue.";

        assertThat(checker.check(text).findings())
                .extracting(GrammarFinding::excerpt)
                .contains("frobnicator");
        assertThat(checker.check(text, List.of("How does the Frobnicator work?"))
                        .findings())
                .extracting(GrammarFinding::excerpt)
                .doesNotContain("frobnicator");
    }

    @Test
    void still_reports_real_misspellings() {
        var report = checker.check("I recieve the message and definately process it.");

        assertThat(report.findings()).extracting(GrammarFinding::excerpt).contains("recieve", "definately");
    }

    @Test
    void ignores_casing_and_whitespace_of_transcripts() {
        var report = checker.check("so the jvm has a heap and  each thread has its own stack");

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void reports_every_issue_in_the_count_but_at_most_twenty_findings() {
        var text = "He go to school. ".repeat(25);

        var report = checker.check(text);

        assertThat(report.issueCount()).isGreaterThanOrEqualTo(25);
        assertThat(report.findings()).hasSize(GrammarChecker.MAX_FINDINGS);
    }

    @Test
    void an_empty_answer_has_no_words_and_no_issues() {
        var report = checker.check("   ");

        assertThat(report.wordCount()).isZero();
        assertThat(report.issueCount()).isZero();
        assertThat(report.issuesPer100Words()).isZero();
    }

    @Test
    void gives_the_same_results_when_four_threads_check_at_once() throws Exception {
        var texts = List.of(
                "He go to school yesterday and they was happy.",
                "A hash map stores its entries in an array of buckets.",
                "She don't like the new deployment process.",
                "I recieve the message and definately process it.");
        var expected = texts.stream().map(checker::check).toList();
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<List<GrammarReport>>>();
        for (int thread = 0; thread < 4; thread++) {
            tasks.add(() -> {
                start.await();
                var reports = new ArrayList<GrammarReport>();
                for (int round = 0; round < 5; round++) {
                    texts.forEach(text -> reports.add(checker.check(text)));
                }
                return reports;
            });
        }

        try (var executor = Executors.newFixedThreadPool(4)) {
            var futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            for (Future<List<GrammarReport>> future : futures) {
                var reports = future.get();
                for (int i = 0; i < reports.size(); i++) {
                    assertThat(reports.get(i)).isEqualTo(expected.get(i % texts.size()));
                }
            }
        }
    }

    @Test
    void warms_up_without_failing() {
        checker.warmUp();

        assertThat(checker.check("This is fine.").issueCount()).isZero();
    }
}
