package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.TurnDocument;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an answer is measured against. Normally all key points of the question; when the answer replies to a
 * follow-up, only the key points that follow-up asked about, because earlier answers are not in the stateless turn
 * document and the reply should be judged on what it was asked: the key points of the kind our own follow-up asked
 * about ({@link FollowUpAspect}), or those sharing words with another interviewer's follow-up. The question text and the follow-up are "given":
 * their words never count as evidence. Without key points, the reference answer's sentences stand in for them; the
 * feedback must then not quote them ({@code keyPointsFromReference}).
 */
record QuestionScope(
        List<String> keyPoints,
        List<String> givenTexts,
        @Nullable String referenceAnswer,
        boolean keyPointsFromReference) {

    static final int MAX_REFERENCE_SENTENCES = 8;

    static QuestionScope of(TurnDocument document, KeyPointCoverage coverage) {
        var question = document.question();
        var questionText = Objects.requireNonNullElse(question.text(), "");
        var reference = question.referenceAnswer();
        List<String> keyPoints = Objects.requireNonNullElse(question.keyPoints(), List.of());
        boolean fromReference = keyPoints.isEmpty() && reference != null;
        if (fromReference) {
            keyPoints = Sentences.split(reference).stream()
                    .limit(MAX_REFERENCE_SENTENCES)
                    .toList();
        }
        var followUp = document.session().answeringFollowUp();
        if (followUp == null || followUp.isBlank()) {
            return new QuestionScope(keyPoints, List.of(questionText), reference, fromReference);
        }
        var aspects = FollowUpAspect.askedIn(followUp);
        var askedAbout = coverage.terms(followUp);
        var targeted = aspects.isEmpty()
                ? keyPoints.stream()
                        .filter(keyPoint -> !Collections.disjoint(
                                coverage.distinctiveTerms(keyPoint, List.of(questionText)), askedAbout))
                        .toList()
                : keyPoints.stream()
                        .filter(keyPoint -> aspects.contains(FollowUpAspect.of(keyPoint)))
                        .toList();
        return new QuestionScope(
                targeted.isEmpty() ? keyPoints : targeted, List.of(questionText, followUp), reference, fromReference);
    }
}
