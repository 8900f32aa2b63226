package com.mockmate.llm.offline;

import com.mockmate.language.Coverage;
import com.mockmate.language.KeyPointCoverage;
import com.mockmate.language.StarStructure;
import com.mockmate.language.StoryPart;
import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import com.mockmate.scoring.GrammarReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
        var keyPointTerms = new HashSet<String>();
        scope.keyPoints().forEach(keyPoint -> keyPointTerms.addAll(coverage.bankTerms(keyPoint)));
        var topicTerms = topicTerms(scope, keyPointTerms, given);
        var story = story(scope, counted);
        var noContent = NoContent.of(
                counted,
                sentences.size() - counted.size(),
                given,
                topicTerms,
                keyPointTerms,
                story != null && (story.has(StoryPart.SITUATION) || story.has(StoryPart.ACTION)),
                coverage);
        var sentenceTerms = counted.stream().map(coverage::evidenceTerms).toList();
        var evidence =
                noContent == null ? evidence(counted, sentenceTerms, scope, given, story) : Map.<String, String>of();
        var onTopic = new OnTopic(topicTerms, given, evidence.values());
        for (int i = 0; i < counted.size(); i++) {
            onTopic.add(counted.get(i), sentenceTerms.get(i));
        }
        return new AnswerMeasures(
                coverageOf(scope.keyPoints(), evidence),
                evidence,
                noContent,
                newTerms.size(),
                Sentences.words(answer),
                sentences.size(),
                onTopic.words,
                onTopic.sentences,
                sentences.stream().mapToInt(Sentences::words).max().orElse(0),
                sentences.size() - counted.size(),
                Collections.unmodifiableMap(new EnumMap<>(onTopic.elaboratedBy)),
                onTopic.connectives.size(),
                List.copyOf(onTopic.structuredBy),
                SpeechSignals.fillers(answer),
                grammar.issueCount(),
                grammar.wordCount());
    }

    /**
     * Which sentence covers each covered key point: by shared words, the sentence holding most of the key point's
     * distinctive terms; for a key point that describes part of a story, the sentence that shows that part.
     */
    private Map<String, String> evidence(
            List<String> counted,
            List<Set<String>> sentenceTerms,
            QuestionScope scope,
            Set<String> given,
            @Nullable StarStructure story) {
        var byWords = coverage.measure(String.join("\n", counted), scope.keyPoints(), scope.givenTexts());
        var evidence = new LinkedHashMap<String, String>();
        for (String keyPoint : scope.keyPoints()) {
            if (byWords.covered().contains(keyPoint)) {
                evidence.put(keyPoint, counted.get(bestSentence(keyPoint, sentenceTerms, given)));
            } else if (story != null) {
                story.evidenceFor(keyPoint).ifPresent(sentence -> evidence.put(keyPoint, sentence));
            }
        }
        return evidence;
    }

    /** The parts of the story an answer tells, read only when some key point describes one (a behavioural question). */
    private static @Nullable StarStructure story(QuestionScope scope, List<String> counted) {
        boolean storyQuestion = !scope.keyPointsFromReference()
                && scope.keyPoints().stream()
                        .anyMatch(keyPoint -> StoryPart.describedBy(keyPoint).isPresent());
        return storyQuestion ? StarStructure.of(counted) : null;
    }

    private int bestSentence(String keyPoint, List<Set<String>> sentenceTerms, Set<String> given) {
        var wanted = coverage.bankTerms(keyPoint);
        if (!given.containsAll(wanted)) {
            wanted.removeAll(given);
        }
        int best = 0;
        long bestCount = -1;
        for (int i = 0; i < sentenceTerms.size(); i++) {
            long count = wanted.stream().filter(sentenceTerms.get(i)::contains).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    private static Coverage coverageOf(List<String> keyPoints, Map<String, String> evidence) {
        var covered = new ArrayList<String>();
        var missed = new ArrayList<String>();
        keyPoints.forEach(keyPoint -> (evidence.containsKey(keyPoint) ? covered : missed).add(keyPoint));
        return new Coverage(covered, missed, keyPoints.isEmpty() ? 0 : (double) covered.size() / keyPoints.size());
    }

    /** The words of the key points and the reference answer that the question did not already hand out. */
    private Set<String> topicTerms(QuestionScope scope, Set<String> keyPointTerms, Set<String> given) {
        var topicTerms = new HashSet<>(keyPointTerms);
        if (scope.referenceAnswer() != null) {
            topicTerms.addAll(coverage.bankTerms(scope.referenceAnswer()));
        }
        topicTerms.removeAll(given);
        return topicTerms;
    }

    /**
     * Tallies the on-topic sentences, the only source of positive signals: those sharing enough terms with the topic,
     * and those that show a covered key point (a story's result shares few words with the reference answer's).
     */
    private final class OnTopic {

        private final Set<String> topicTerms;
        private final Set<String> given;
        private final Set<String> evidence;
        private final Map<Elaboration, String> elaboratedBy = new EnumMap<>(Elaboration.class);
        private final Set<String> connectives = new HashSet<>();
        private final List<String> structuredBy = new ArrayList<>();
        private int words;
        private int sentences;

        OnTopic(Set<String> topicTerms, Set<String> given, Collection<String> evidence) {
            this.topicTerms = topicTerms;
            this.given = given;
            this.evidence = new HashSet<>(evidence);
        }

        void add(String sentence, Set<String> terms) {
            long shared = terms.stream().filter(topicTerms::contains).count();
            if (shared >= TOPIC_TERMS_FOR_RELEVANCE || evidence.contains(sentence)) {
                words += Sentences.words(sentence);
                sentences++;
                SpeechSignals.elaboration(sentence).forEach(kind -> elaboratedBy.putIfAbsent(kind, sentence));
                if (SpeechSignals.concreteNames(sentence).stream()
                        .anyMatch(name -> !given.containsAll(coverage.terms(name)))) {
                    elaboratedBy.putIfAbsent(Elaboration.EXAMPLE, sentence);
                }
                if (connectives.addAll(SpeechSignals.connectives(sentence))) {
                    structuredBy.add(sentence);
                }
            }
        }
    }
}
