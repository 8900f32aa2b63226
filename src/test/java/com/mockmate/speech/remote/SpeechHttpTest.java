package com.mockmate.speech.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechHttpTest {

    @Test
    void the_shared_openai_base_url_may_carry_the_version_path_of_the_chat_models() {
        assertThat(SpeechHttp.withoutVersionPath("https://api.openai.com/v1")).isEqualTo("https://api.openai.com");
        assertThat(SpeechHttp.withoutVersionPath("https://api.groq.com/openai/v1/"))
                .isEqualTo("https://api.groq.com/openai");
        assertThat(SpeechHttp.withoutVersionPath("https://api.openai.com")).isEqualTo("https://api.openai.com");
    }
}
