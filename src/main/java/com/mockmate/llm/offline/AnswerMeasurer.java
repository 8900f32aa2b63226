package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import com.mockmate.scoring.GrammarReport;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Measures an answer against a {@link QuestionScope}; see {@link AnswerMeasures} for what counts where. */
final class AnswerMeasurer {

    /**
     * A sentence is on topic when it shares this many distinct terms with the key points and the reference answer
     * (beyond the question's words). One is not enough: a single common word ("key", "time") turns up by chance.
     */
    static final int TOPIC_TERMS_FOR_RELEVANCE = 2;

    private final KeyPointCoverage coverage;

    AnswerMeasurer(KeyPointCoverage coverage) {
        this.coverage = coverage;
    }

    AnswerMeasures measure(String answer, QuestionScope scope, GrammarReport grammar) {
        var sentences = Sentences.split(answer);
        var counted = sentences.stream()
                .filter(sentence -> !EvaluatorDirectedText.matches(sentence))
                .toList();
        var countedText = String.join("\n", counted);
        var given = coverage.givenTerms(scope.givenTexts());
        var newTerms = new HashSet<>(coverage.terms(countedText));
        newTerms.removeAll(given);
        var onTopic = new OnTopic(topicTerms(scope, given));
        counted.forEach(onTopic::add);
        return new AnswerMeasures(
                coverage.measure(countedText, scope.keyPoints(), scope.givenTexts()),
                newTerms.size(),
                Sentences.words(answer),
                sentences.size(),
                onTopic.words,
                onTopic.sentences,
                sentences.stream().mapToInt(Sentences::words).max().orElse(0),
                sentences.size() - counted.size(),
                onTopic.elaboration,
                onTopic.connectives.size(),
                SpeechSignals.fillers(answer),
                grammar.issueCount(),
                grammar.wordCount());
    }

    /** The words of the key points and the reference answer that the question did not already hand out. */
    private Set<String> topicTerms(QuestionScope scope, Set<String> given) {
        var topicTerms = new HashSet<String>();
        scope.keyPoints().forEach(keyPoint -> topicTerms.addAll(coverage.terms(keyPoint)));
        if (scope.referenceAnswer() != null) {
            topicTerms.addAll(coverage.terms(scope.referenceAnswer()));
        }
        topicTerms.removeAll(given);
        return topicTerms;
    }

    /** Tallies the on-topic sentences: the only source of positive signals. */
    private final class OnTopic {

        private final Set<String> topicTerms;
        private final Set<Elaboration> elaboration = EnumSet.noneOf(Elaboration.class);
        private final Set<String> connectives = new HashSet<>();
        private int words;
        private int sentences;

        OnTopic(Set<String> topicTerms) {
            this.topicTerms = topicTerms;
        }

        void add(String sentence) {
            long shared = coverage.evidenceTerms(sentence).stream()
                    .filter(topicTerms::contains)
                    .count();
            if (shared >= TOPIC_TERMS_FOR_RELEVANCE) {
                words += Sentences.words(sentence);
                sentences++;
                elaboration.addAll(SpeechSignals.elaboration(sentence));
                connectives.addAll(SpeechSignals.connectives(sentence));
            }
        }
    }
}
