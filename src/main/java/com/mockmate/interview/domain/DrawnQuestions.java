package com.mockmate.interview.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questions an interview drew when it started, with their answer keys, kept on the session. An answer therefore
 * needs no catalog reads, and editing or archiving a question later never changes an interview already under way, nor
 * the history of one that is done. Server-side only: candidates see question text through the interviewer, never keys.
 */
public record DrawnQuestions(String title, List<Question> questions) implements Serializable {

    public DrawnQuestions {
        questions = List.copyOf(questions);
    }

    /** Position counts from 1. */
    public Question question(int position) {
        return questions.get(position - 1);
    }

    public int count() {
        return questions.size();
    }

    public record Question(
            UUID id,
            int position,
            String text,
            String topic,
            String difficulty,
            List<String> keyPoints,
            @Nullable String referenceAnswer,
            @Nullable Integer timeLimitSeconds)
            implements Serializable {

        public Question {
            keyPoints = List.copyOf(keyPoints);
        }

        /** The same question at another place in an interview. */
        public Question atPosition(int newPosition) {
            return new Question(id, newPosition, text, topic, difficulty, keyPoints, referenceAnswer, timeLimitSeconds);
        }
    }

    public Optional<Question> byId(UUID questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
