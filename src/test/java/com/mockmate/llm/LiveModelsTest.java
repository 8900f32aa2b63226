package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveModelsTest {

    @Test
    void picks_the_model_the_environment_points_at_like_the_application_does() {
        assertThat(LiveModels.fromEnvironment(Map.of())).isEmpty();
        assertThat(LiveModels.fromEnvironment(Map.of("GEMINI_API_KEY", "k", "OLLAMA_BASE_URL", "http://localhost:1")))
                .hasValueSatisfying(model -> assertThat(model.provider()).isEqualTo("gemini"));
        assertThat(LiveModels.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:1/v1")))
                .hasValueSatisfying(model -> assertThat(model.provider()).isEqualTo("openai"));
        assertThat(LiveModels.fromEnvironment(Map.of("OLLAMA_BASE_URL", "http://localhost:1", "OLLAMA_MODEL", "m")))
                .hasValueSatisfying(model -> assertThat(model.model()).isEqualTo("m"));
        assertThat(LiveModels.fromEnvironment(Map.of("GEMINI_API_KEY", "k", "MOCKMATE_LLM_PROVIDER", "ollama")))
                .hasValueSatisfying(model -> assertThat(model.provider()).isEqualTo("ollama"));
    }
}
