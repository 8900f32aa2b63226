package com.mockmate.llm;

import com.mockmate.llm.TurnDocument.QuestionFacts;
import java.util.Map;

/** One seeded question and what each simulated candidate answers to it. */
record ScriptedQuestion(String topic, String difficulty, QuestionFacts facts, Map<ScriptedCandidate, String> answers) {

    ScriptedQuestion {
        answers = Map.copyOf(answers);
    }

    boolean behavioural() {
        return answers.containsKey(ScriptedCandidate.UNFINISHED_STORY);
    }

    String answer(ScriptedCandidate candidate) {
        var answer = answers.get(candidate);
        if (answer == null) {
            throw new IllegalArgumentException(candidate + " does not answer " + facts.text());
        }
        return answer;
    }

    @Override
    public String toString() {
        return shortText();
    }

    String shortText() {
        var text = facts.text();
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }
}
