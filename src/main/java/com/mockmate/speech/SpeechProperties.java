package com.mockmate.speech;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Speech settings, bound from MOCKMATE_STT_PROVIDER, MOCKMATE_TTS_PROVIDER, DEEPGRAM_*, OPENAI_*, ELEVENLABS_*,
 * GEMINI_* and the offline tool paths (see application.yaml). Holds API keys: never log this record as a whole; the
 * nested records print keys as "(set)" or "(empty)".
 */
@ConfigurationProperties("mockmate.speech")
public record SpeechProperties(
        @DefaultValue("auto") SttProvider sttProvider,
        @DefaultValue("browser") TtsProvider ttsProvider,
        @DefaultValue("10MB") DataSize maxAudioSize,
        @DefaultValue("180s") Duration maxAnswerDuration,
        @DefaultValue("2500ms") Duration handsFreeSilence,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("120s") Duration callTimeout,
        @DefaultValue Deepgram deepgram,
        @DefaultValue OpenAi openai,
        @DefaultValue Gemini gemini,
        @DefaultValue ElevenLabs elevenlabs,
        @DefaultValue Offline offline) {

    /** auto: Deepgram, then OpenAI, then Gemini, whichever has a key; otherwise the offline recogniser. */
    public enum SttProvider {
        AUTO,
        DEEPGRAM,
        OPENAI,
        GEMINI,
        OFFLINE
    }

    /** browser: the candidate's browser speaks (speechSynthesis); the others make audio on the server. */
    public enum TtsProvider {
        BROWSER,
        ELEVENLABS,
        OPENAI,
        OFFLINE
    }

    public record Deepgram(
            @DefaultValue("") String apiKey,
            @DefaultValue("https://api.deepgram.com") String baseUrl,
            @DefaultValue("nova-3") String model)
            implements ApiKeyed {

        @Override
        public String toString() {
            return "Deepgram[apiKey=" + Keys.describe(apiKey) + ", baseUrl=" + baseUrl + ", model=" + model + "]";
        }
    }

    public record OpenAi(
            @DefaultValue("") String apiKey,
            @DefaultValue("https://api.openai.com") String baseUrl,
            @DefaultValue("whisper-1") String transcriptionModel,
            @DefaultValue("gpt-4o-mini-tts") String speechModel,
            @DefaultValue("alloy") String voice)
            implements ApiKeyed {

        /**
         * OPENAI_BASE_URL is shared with the OpenAI-compatible interviewer model, where it includes the version path
         * as in OpenAI's SDKs; the speech endpoints add {@code v1/} themselves, so a trailing one is dropped here.
         */
        public OpenAi {
            baseUrl = baseUrl.strip().replaceFirst("/v1/?$", "");
        }

        @Override
        public String toString() {
            return "OpenAi[apiKey=" + Keys.describe(apiKey) + ", baseUrl=" + baseUrl + ", transcriptionModel="
                    + transcriptionModel + ", speechModel=" + speechModel + ", voice=" + voice + "]";
        }
    }

    public record Gemini(
            @DefaultValue("") String apiKey,

            @DefaultValue("https://generativelanguage.googleapis.com")
            String baseUrl,

            @DefaultValue("gemini-2.5-flash") String model)
            implements ApiKeyed {

        @Override
        public String toString() {
            return "Gemini[apiKey=" + Keys.describe(apiKey) + ", baseUrl=" + baseUrl + ", model=" + model + "]";
        }
    }

    public record ElevenLabs(
            @DefaultValue("") String apiKey,
            @DefaultValue("https://api.elevenlabs.io") String baseUrl,
            @DefaultValue("JBFqnCBsd6RMkjVDRZzb") String voiceId,
            @DefaultValue("eleven_flash_v2_5") String model)
            implements ApiKeyed {

        @Override
        public String toString() {
            return "ElevenLabs[apiKey=" + Keys.describe(apiKey) + ", baseUrl=" + baseUrl + ", voiceId=" + voiceId
                    + ", model=" + model + "]";
        }
    }

    /** Paths of the Debian tools the offline path runs; plain names are looked up on PATH. */
    public record Offline(
            @DefaultValue("pocketsphinx_continuous") String pocketsphinx,

            @DefaultValue("/usr/share/pocketsphinx/model/en-us")
            String pocketsphinxModelDir,

            @DefaultValue("flite") String flite,
            @DefaultValue("slt") String fliteVoice,
            @DefaultValue("ffmpeg") String ffmpeg,
            @DefaultValue("ffprobe") String ffprobe) {}

    /** A provider's settings with an API key; the key itself is never printed. */
    public interface ApiKeyed {
        String apiKey();

        default boolean hasApiKey() {
            return !apiKey().isBlank();
        }
    }

    private static final class Keys {
        private Keys() {}

        static String describe(String key) {
            return key.isBlank() ? "(empty)" : "(set)";
        }
    }
}
