package com.mockmate.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks an answer's English with LanguageTool (en-US), locally. The findings are shown to the candidate and sent to
 * the evaluator as evidence for the grammar rating, so only what says something about the candidate's English counts:
 *
 * <ul>
 *   <li>casing and typography (sentence-start capitals, "i", spaces, quotes) and a missing final full stop are
 *       artefacts of typing fast or of speech transcripts, which have neither capitals nor punctuation;
 *   <li>spelling findings on technical terms (see {@link TechnicalVocabulary}), or that only ask for capitals, are not
 *       mistakes;
 *   <li>style suggestions are matters of taste, not errors.
 * </ul>
 */
@Component
public class GrammarChecker {

    static final int MAX_FINDINGS = 20;
    static final int MAX_SUGGESTIONS = 3;

    private static final Logger log = LoggerFactory.getLogger(GrammarChecker.class);
    private static final Set<String> IGNORED_CATEGORIES = Set.of("CASING", "TYPOGRAPHY", "STYLE", "REPETITIONS_STYLE");
    private static final Set<String> IGNORED_RULES = Set.of(
            "UPPERCASE_SENTENCE_START",
            "WHITESPACE_RULE",
            "SENTENCE_WHITESPACE",
            "CONSECUTIVE_SPACES",
            "COMMA_PARENTHESIS_WHITESPACE",
            "I_LOWERCASE",
            "PUNCTUATION_PARAGRAPH_END");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    private final LanguageToolPool pool;
    private final TechnicalVocabulary vocabulary = TechnicalVocabulary.builtIn();

    /** One instance per core: more would only queue for the CPU, and each costs about 27 MB. */
    public GrammarChecker() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    GrammarChecker(int instances) {
        NarrowChunkerBeam.install();
        var language = Languages.getLanguageForShortCode("en-US");
        this.pool = new LanguageToolPool(instances, () -> create(language));
    }

    public GrammarReport check(String text) {
        return check(text, List.of());
    }

    /**
     * @param extraVocabulary texts whose words are spelt correctly by definition, e.g. the question and its key
     *     points, so that the terms the interviewer used are never reported as misspelt
     */
    public GrammarReport check(String text, Collection<String> extraVocabulary) {
        int words = countWords(text);
        if (words == 0) {
            return new GrammarReport(0, 0, List.of());
        }
        var known = vocabulary.with(extraVocabulary);
        var findings = pool.use(tool -> run(tool, text)).stream()
                .filter(match -> !isNoise(text, match, known))
                .map(match -> toFinding(text, match))
                .toList();
        return new GrammarReport(
                words, findings.size(), findings.stream().limit(MAX_FINDINGS).toList());
    }

    /** Loads LanguageTool's rules and dictionaries before the first answer arrives: the first check takes seconds. */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUpInBackground() {
        Thread.ofPlatform().daemon().name("grammar-warm-up").start(this::warmUp);
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            check("This sentence warms up the grammar checker so that the first answer is checked quickly.");
            log.info("Grammar checker ready after {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Grammar checker warm-up failed; the first check will load LanguageTool instead", e);
        }
    }

    static int countWords(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static JLanguageTool create(Language language) {
        var tool = new JLanguageTool(language);
        IGNORED_CATEGORIES.forEach(category -> tool.disableCategory(new CategoryId(category)));
        tool.disableRules(List.copyOf(IGNORED_RULES));
        return tool;
    }

    private static List<RuleMatch> run(JLanguageTool tool, String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not check the answer", e);
        }
    }

    /** Spelling findings on technical terms, or that only want other capitals ("jvm" → "JVM"), are not mistakes. */
    private static boolean isNoise(String text, RuleMatch match, TechnicalVocabulary known) {
        if (!(match.getRule() instanceof SpellingCheckRule)) {
            return false;
        }
        var word = excerpt(text, match);
        var suggestions = match.getSuggestedReplacements();
        return known.isTechnical(word)
                || (!suggestions.isEmpty() && suggestions.getFirst().equalsIgnoreCase(word));
    }

    private static GrammarFinding toFinding(String text, RuleMatch match) {
        var suggestions =
                match.getSuggestedReplacements().stream().limit(MAX_SUGGESTIONS).toList();
        var message = SUGGESTION_TAG.matcher(match.getMessage()).replaceAll("'");
        int length = match.getToPos() - match.getFromPos();
        return new GrammarFinding(
                message,
                excerpt(text, match),
                match.getFromPos(),
                length,
                suggestions,
                match.getRule().getId());
    }

    private static String excerpt(String text, RuleMatch match) {
        return text.substring(match.getFromPos(), match.getToPos());
    }
}
