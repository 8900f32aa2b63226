package com.mockmate.llm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;

/**
 * The same suite against a live model (see {@link LiveModels}), so that a prompt or model change is judged by the same
 * figures before it ships. Skipped when no key or URL is set; tagged so that a developer's key never makes an ordinary
 * build call a paid API: run it with {@code ./mvnw -Plive-model verify}.
 */
@Tag("live-model")
class LiveSimulatedCandidatesTest extends SimulatedCandidateSuite {

    @Override
    InterviewerModel model() {
        var model = LiveModels.fromEnvironment();
        assumeTrue(
                model.isPresent(),
                "No live model: set GEMINI_API_KEY, OPENAI_API_KEY or OPENAI_BASE_URL, or OLLAMA_BASE_URL");
        return model.orElseThrow();
    }
}
