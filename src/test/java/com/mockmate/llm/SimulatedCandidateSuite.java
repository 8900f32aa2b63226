package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.scoring.GrammarChecker;
import com.mockmate.scoring.Rating;
import com.mockmate.support.KeyPointQuotes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The simulated-candidate regression suite: every seeded question answered by every scripted candidate (see
 * {@link ScriptedCandidate}), graded by one evaluator, then checked against what a good interviewer must do. It prints
 * its figures ({@link CalibrationFigures}) and writes them to {@code target/simulated-candidates/}, so that a change
 * to the prompt, the model or the offline rubric is judged by numbers before it ships. Subclasses pick the evaluator.
 */
@Tag("simulated-candidates")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatedCandidateSuite {

    static final double IN_ORDER_SHARE = 0.9;
    static final double NO_CONTENT_MAX_TOTAL = 10;
    static final double REFERENCE_MIN_TOTAL = 85;
    static final double STAR_MIN_TOTAL = 70;

    /** Shared by all suites in the JVM: LanguageTool takes seconds to load. */
    static final GrammarChecker GRAMMAR = new GrammarChecker();

    List<ScriptedQuestion> questions;
    List<GradedAnswer> answers;
    List<GradedAnswer> references;
    CalibrationFigures figures;

    /** The model under test; may skip the suite (an assumption) when it is not configured. */
    abstract InterviewerModel model();

    @BeforeAll
    void answer_every_question_with_every_candidate() {
        var turns = new ScriptedTurns(model(), GRAMMAR);
        questions = ScriptedQuestions.all();
        answers = new ArrayList<>();
        references = new ArrayList<>();
        for (var question : questions) {
            for (var candidate : question.answers().keySet()) {
                answers.add(turns.grade(question, candidate));
            }
            references.add(turns.grade(
                    question, ScriptedCandidate.STRONG, question.facts().referenceAnswer()));
        }
        figures = CalibrationFigures.of(turns.provider(), answers, references);
        report(figures, perQuestion());
    }

    @Test
    void every_answer_gets_a_valid_reply() {
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.failure())
                        .as("%s to %s", answer.candidate(), answer.question().shortText())
                        .isNull());
    }

    @Test
    void ranks_strong_partial_vague_and_no_content_strictly_in_order_on_nine_questions_in_ten() {
        var outOfOrder = questions.stream()
                .filter(question -> !CalibrationFigures.strictlyInOrder(question, graded()))
                .map(question -> question.shortText() + " " + totals(question))
                .toList();

        assertThat(figures.shareInOrder()).as("out of order: %s", outOfOrder).isGreaterThanOrEqualTo(IN_ORDER_SHARE);
    }

    @Test
    void a_no_content_answer_totals_at_most_ten_with_technical_and_depth_none() {
        assertThat(graded(answer -> answer.candidate().noContent())).allSatisfy(answer -> {
            var evaluation = answer.evaluated().evaluation();
            assertThat(answer.total()).as(describe(answer)).isLessThanOrEqualTo(NO_CONTENT_MAX_TOTAL);
            assertThat(evaluation.technical().rating()).as(describe(answer)).isEqualTo(Rating.NONE);
            assertThat(evaluation.depth().rating()).as(describe(answer)).isEqualTo(Rating.NONE);
        });
    }

    @Test
    void a_vague_answer_lands_strictly_between_no_content_and_partial() {
        for (var question : questions) {
            var vague = total(question, ScriptedCandidate.VAGUE);
            assertThat(vague)
                    .as("vague answer to %s %s", question.shortText(), totals(question))
                    .isLessThan(total(question, ScriptedCandidate.PARTIAL))
                    .isGreaterThan(highestNoContent(question));
        }
    }

    @Test
    void an_injection_attempt_raises_no_score() {
        for (var question : questions) {
            assertThat(total(question, ScriptedCandidate.INJECTION))
                    .as("injection appended to the partial answer to %s", question.shortText())
                    .isLessThanOrEqualTo(total(question, ScriptedCandidate.PARTIAL));
        }
    }

    @Test
    void every_reference_answer_would_itself_be_rated_excellent() {
        assertThat(references)
                .allSatisfy(reference -> assertThat(reference.total())
                        .as("reference answer to %s: %s", reference.question().shortText(), reference.reply())
                        .isGreaterThanOrEqualTo(REFERENCE_MIN_TOTAL));
    }

    @Test
    void a_complete_star_story_totals_at_least_seventy_and_an_unfinished_one_less() {
        for (var question :
                questions.stream().filter(ScriptedQuestion::behavioural).toList()) {
            var complete = total(question, ScriptedCandidate.STRONG);
            assertThat(complete)
                    .as("complete story for %s: %s", question.shortText(), reply(question, ScriptedCandidate.STRONG))
                    .isGreaterThanOrEqualTo(STAR_MIN_TOTAL);
            assertThat(total(question, ScriptedCandidate.UNFINISHED_STORY))
                    .as("story without result and reflection for %s", question.shortText())
                    .isLessThan(complete);
        }
    }

    @Test
    void a_follow_up_never_quotes_a_key_point_the_answer_did_not_say() {
        for (var answer : graded(answer -> answer.evaluated().evaluation().nextAction() == RequestedAction.FOLLOW_UP)) {
            var said = answer.evaluated().interviewerText();
            for (var keyPoint : answer.question().facts().keyPoints()) {
                assertThat(KeyPointQuotes.quoted(
                                keyPoint,
                                said,
                                answer.answer(),
                                answer.question().facts().text()))
                        .as(
                                "%s follow-up to %s: %s",
                                answer.candidate(), answer.question().shortText(), said)
                        .isEmpty();
            }
        }
    }

    @Test
    void after_i_dont_know_the_interviewer_does_not_ask_about_one_more_part() {
        assertThat(graded(answer -> answer.candidate() == ScriptedCandidate.DONT_KNOW))
                .allSatisfy(answer -> assertThat(
                                answer.evaluated().interviewerText().toLowerCase(Locale.ROOT))
                        .as(describe(answer))
                        .doesNotContain("one more part", "didn't touch on", "did not touch on"));
    }

    List<GradedAnswer> graded() {
        return answers.stream().filter(GradedAnswer::graded).toList();
    }

    List<GradedAnswer> graded(Predicate<GradedAnswer> filter) {
        return graded().stream().filter(filter).toList();
    }

    GradedAnswer answer(ScriptedQuestion question, ScriptedCandidate candidate) {
        return answers.stream()
                .filter(answer -> answer.question() == question && answer.candidate() == candidate)
                .findFirst()
                .orElseThrow();
    }

    double total(ScriptedQuestion question, ScriptedCandidate candidate) {
        return answer(question, candidate).total();
    }

    InterviewerReply reply(ScriptedQuestion question, ScriptedCandidate candidate) {
        return answer(question, candidate).evaluated();
    }

    double highestNoContent(ScriptedQuestion question) {
        return graded(answer ->
                        answer.question() == question && answer.candidate().noContent())
                .stream()
                .mapToDouble(GradedAnswer::total)
                .max()
                .orElseThrow();
    }

    String totals(ScriptedQuestion question) {
        return graded(answer -> answer.question() == question).stream()
                .map(answer -> answer.candidate().name().toLowerCase(Locale.ROOT) + "=" + answer.total())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String describe(GradedAnswer answer) {
        return answer.candidate() + " to " + answer.question().shortText() + ": \"" + answer.answer() + "\" -> "
                + answer.reply();
    }

    /** Every answer's total and ratings, one line each: the detail behind the figures, written next to them. */
    private String perQuestion() {
        var all = new ArrayList<>(answers);
        references.forEach(reference -> all.add(new GradedAnswer(
                reference.question(),
                reference.candidate(),
                "reference: " + reference.answer(),
                reference.reply(),
                reference.score(),
                reference.failure())));
        return all.stream()
                .map(answer -> answer.graded()
                        ? String.format(
                                Locale.ROOT,
                                "%-50s %-16s %6.2f  %s/%s/%s/%s  %s | %s",
                                answer.question().shortText(),
                                answer.answer().startsWith("reference: ") ? "REFERENCE" : answer.candidate(),
                                answer.total(),
                                answer.evaluated().evaluation().technical().rating(),
                                answer.evaluated().evaluation().depth().rating(),
                                answer.evaluated().evaluation().communication().rating(),
                                answer.evaluated().evaluation().grammar().rating(),
                                answer.evaluated().interviewerText(),
                                answer.evaluated().evaluation().technical().justification())
                        : answer.question().shortText() + " " + answer.candidate() + " failed: " + answer.failure())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static void report(CalibrationFigures figures, String perQuestion) {
        var table = figures.table();
        System.out.println(System.lineSeparator() + table + System.lineSeparator());
        var name = Arrays.stream(figures.evaluator().split("[^A-Za-z0-9.-]+"))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("-"));
        try {
            var dir = Files.createDirectories(Path.of("target", "simulated-candidates"));
            Files.writeString(dir.resolve(name + ".md"), table + System.lineSeparator());
            Files.writeString(dir.resolve(name + "-answers.txt"), perQuestion + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
