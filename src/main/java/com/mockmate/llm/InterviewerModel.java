package com.mockmate.llm;

/**
 * A language model behind the interviewer: Gemini, an OpenAI-compatible server, Ollama or the offline evaluator. Implementations only transport:
 * validation, repair and retries are the caller's, so every provider goes through the same checks.
 */
public interface InterviewerModel {

    /** "gemini", "openai", "ollama" or "offline": stored with sessions and shown next to scores. */
    String provider();

    String model();

    /** The offline evaluator: it rates answers but writes no prose, so summaries and résumés are made without it. */
    default boolean offline() {
        return "offline".equals(provider());
    }

    /**
     * @throws ModelCallException for transport failures; {@link ModelCallException#retryable()} tells 429/5xx/timeouts
     *     apart from errors that another attempt will not fix.
     */
    ModelCompletion complete(ModelRequest request);
}
