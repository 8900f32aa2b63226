package com.mockmate.language;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's English analysis, the part of key point matching that knows English but not the interview topics: it
 * splits text into words, drops stop words and reduces the rest to Porter stems, so that "indexes", "indexed" and
 * "indexing" meet. Lucene analyzers are thread-safe and keep one token stream per thread, so both are built once.
 */
final class EnglishTerms {

    /** Decimal numbers ("0.75") stay whole, and so do contractions ("don't") for the stop list to find them. */
    private static final Pattern WORD = Pattern.compile("\\p{N}+(?:\\.\\p{N}+)+|[\\p{L}\\p{N}]+(?:'\\p{L}+)*");

    /** Only plain lower-case words are stemmed: "base62", "1nf", "0.75" and "bigologn" are terms as they stand. */
    private static final Pattern NOT_PLAIN = Pattern.compile(".*[^a-z].*");

    /** Porter stems "exceeds" to "exce" but "exceeded" to "exceed"; folding "-eeded"/"-eeding" first agrees them. */
    private static final Pattern EED_INFLECTION = Pattern.compile("eed(ed|ing)$");

    /**
     * What Lucene's English stop lists lack for interview answers: spoken fillers and hedges, and the verbs that
     * behavioural key points use to describe the candidate ("describes the outcome": the topic is the outcome).
     * Negations are stop words too: matching is by bag of words and cannot honour them anyway.
     */
    private static final String INTERVIEW_STOP_WORDS = """
            also can just now much must might may shall one per quite really thus within without versus vs eg ie
            etc yes us let um uh erm hmm like basically actually literally okay ok well yeah thing things stuff lot
            lots describe describes described explains mentions identifies demonstrates discusses shows
            """;

    static final CharArraySet STOP_WORDS = stopWords();

    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    /** Words as written (capitals kept for camel-case splitting), possessive "'s" removed. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(APOSTROPHES, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new PatternTokenizer(WORD, 0);
            return new TokenStreamComponents(tokenizer, new EnglishPossessiveFilter(tokenizer));
        }
    };

    /** Lower-case words in, the stems of the content words out. */
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new WhitespaceTokenizer();
            TokenStream stream = new StopFilter(tokenizer, STOP_WORDS);
            stream = new SingleLetterFilter(stream);
            stream = new PatternKeywordMarkerFilter(stream, NOT_PLAIN);
            stream = new PatternReplaceFilter(stream, EED_INFLECTION, "eed", false);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    };

    private EnglishTerms() {}

    /** The words of a text in order, as written, stop words included (phrases in the synonym table need them). */
    static List<String> words(String text) {
        return analyze(WORDS, text);
    }

    /** The stems of the content words among the given lower-case words, in order, repeats kept. */
    static List<String> stems(List<String> lowerCaseWords) {
        return lowerCaseWords.isEmpty() ? List.of() : analyze(STEMS, String.join(" ", lowerCaseWords));
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    private static CharArraySet stopWords() {
        var stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        var snowball = Objects.requireNonNull(
                SnowballFilter.class.getResourceAsStream("english_stop.txt"), "Lucene's english_stop.txt is missing");
        try (snowball) {
            stopWords.addAll(WordlistLoader.getSnowballWordSet(snowball, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopWords.addAll(List.of(INTERVIEW_STOP_WORDS.strip().split("\\s+")));
        return CharArraySet.unmodifiableSet(stopWords);
    }

    private static NormalizeCharMap apostrophes() {
        var map = new NormalizeCharMap.Builder();
        map.add("\u2019", "'");
        return map.build();
    }

    /** Drops single letters (the "s" of "x's", a stray "t"), but not single digits: "1" may be "1:1" or "O(1)". */
    private static final class SingleLetterFilter extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SingleLetterFilter(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            return term.length() > 1 || Character.isDigit(term.charAt(0));
        }
    }
}
