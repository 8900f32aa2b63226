package com.mockmate.llm.offline;

import com.mockmate.llm.TurnDocument;
import com.mockmate.llm.TurnDocument.QuestionFacts;
import com.mockmate.llm.TurnDocument.SessionFacts;
import com.mockmate.scoring.GrammarChecker;
import com.mockmate.scoring.GrammarReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Questions taken from the seeded catalog, and turn documents around them, as the interview engine builds them. */
final class SeededQuestions {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Shared by all offline tests: LanguageTool takes seconds to load. */
    static final GrammarChecker GRAMMAR = new GrammarChecker();

    static final QuestionFacts HASHMAP = question("Can you explain how a HashMap works internally");
    static final QuestionFacts RACE_CONDITION = question("Two threads each increment a shared int counter");
    static final QuestionFacts CACHE_ASIDE = question("What is the cache-aside pattern");
    static final QuestionFacts FEEDBACK = question("Tell me about a time you had to give difficult feedback");

    private SeededQuestions() {}

    static QuestionFacts question(String textPrefix) {
        try (var in = SeededQuestions.class.getResourceAsStream("/seed/sample-catalog.json")) {
            for (JsonNode topic : JSON.readTree(in).get("topics")) {
                for (JsonNode question : topic.get("questions")) {
                    if (question.get("text").asString().startsWith(textPrefix)) {
                        var keyPoints = new ArrayList<String>();
                        question.get("keyPoints").forEach(keyPoint -> keyPoints.add(keyPoint.asString()));
                        return new QuestionFacts(
                                question.get("text").asString(),
                                keyPoints,
                                question.get("referenceAnswer").asString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No seeded question starts with " + textPrefix);
    }

    static TurnDocument document(QuestionFacts question, String answer) {
        return document(question, answer, 1, 5, 0, 1, null);
    }

    static TurnDocument document(
            QuestionFacts question,
            String answer,
            int position,
            int count,
            int followUpsUsed,
            int maxFollowUps,
            @Nullable String answeringFollowUp) {
        var session = new SessionFacts(
                "Java fundamentals", "Java", "EASY", position, count, followUpsUsed, maxFollowUps, answeringFollowUp);
        return new TurnDocument(
                "Backend developer, 4 years of Java",
                session,
                question,
                answer,
                List.of(),
                grammar(question, answer),
                null);
    }

    static GrammarReport grammar(QuestionFacts question, String answer) {
        var vocabulary = new ArrayList<String>(question.keyPoints());
        vocabulary.add(question.text());
        return GRAMMAR.check(answer, vocabulary);
    }
}
