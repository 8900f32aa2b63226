package com.mockmate.benchmark;

import com.mockmate.resume.match.JobDescriptions;
import com.mockmate.resume.match.KeywordMatcher;
import com.mockmate.resume.pdf.PdfPreview;
import com.mockmate.resume.pdf.ResumePdfRenderer;
import com.mockmate.resume.pdf.ResumeSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark that prints figures. The résumé's CPU-bound steps, in process: rendering a two-page résumé
 * (the realistic profile, and the large one that has to be drawn a second time in a tighter style to fit two pages),
 * drawing its preview images, and the ATS keyword match of a job description of usual length and of the longest
 * accepted (20,000 characters). Target: render p95 below 300 ms on 2 cores. Run with {@code ./mvnw -Pbench verify
 * -Dtest=ResumeBenchmark}; {@code -Dbench.resumeRenders} changes how many runs are timed.
 */
@Tag("benchmark")
class ResumeBenchmark {

    static final int RUNS = Integer.getInteger("bench.resumeRenders", 200);
    static final int WARMUP = 50;

    @Test
    void render_preview_and_keyword_match() {
        var renderer = new ResumePdfRenderer();
        var preview = new PdfPreview();
        var matcher = new KeywordMatcher();
        var realistic = ResumeSamples.realistic();
        var large = ResumeSamples.large();
        var pdf = renderer.render(realistic);
        var longJob = longJobDescription();

        var render = measure(() -> renderer.render(realistic).length);
        var renderLarge = measure(() -> renderer.render(large).length);
        var pages = measure(() -> preview.pages(pdf).size());
        var match = measure(
                () -> matcher.match(JobDescriptions.BACKEND, realistic).found().size());
        var matchLong = measure(() -> matcher.match(longJob, realistic).found().size());

        System.out.println();
        System.out.println("=== Résumé benchmark (" + RUNS + " timed runs each, after " + WARMUP
                + " warm-up; target render p95 < 300 ms) ===");
        print("render, 2 pages", render, true);
        print("render, large profile (6 positions)", renderLarge, true);
        print("preview, 2 PNG pages at 100 DPI", pages, false);
        print("keyword match, 1,400-char job", match, false);
        print("keyword match, 20,000-char job", matchLong, false);
        System.out.println();
    }

    private static String longJobDescription() {
        var random = new Random(7);
        var words = JobDescriptions.BACKEND.split("\\s+");
        var job = new StringBuilder();
        while (job.length() < 20_000) {
            job.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n- " : " ");
        }
        return job.substring(0, 20_000);
    }

    private static List<Long> measure(Supplier<Integer> run) {
        for (int i = 0; i < WARMUP; i++) {
            check(run.get());
        }
        var micros = new ArrayList<Long>();
        for (int i = 0; i < RUNS; i++) {
            var started = System.nanoTime();
            check(run.get());
            micros.add((System.nanoTime() - started) / 1_000);
        }
        micros.sort(null);
        return micros;
    }

    private static void check(int result) {
        if (result <= 0) {
            throw new IllegalStateException("The benchmark's run produced nothing");
        }
    }

    private static void print(String what, List<Long> sorted, boolean targeted) {
        System.out.printf(
                Locale.ROOT,
                "%-40s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   %s%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.getLast() / 1000.0,
                !targeted ? "" : percentile(sorted, 95) < 300 ? "within target" : "OVER TARGET");
    }

    private static double percentile(List<Long> sorted, int p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
