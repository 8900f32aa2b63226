package com.mockmate.speech.remote;

import com.mockmate.speech.SpeechProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Settings pointing every provider at one MockWebServer, with recognisable fake keys, and a retry that never waits. */
final class RemoteSpeechFixtures {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static final String DEEPGRAM_KEY = "dg-secret-4f1c9a77e2b04c1d";
    static final String OPENAI_KEY = "sk-proj-secret-Q8v2mZ4kT1xW9y";
    static final String GEMINI_KEY = "AIzaSy-secret-Gm5Lr0Pq7Xw3Tz";
    static final String ELEVENLABS_KEY = "sk_secret_el_0d6b8f2a91c347e5";
    static final List<String> KEYS = List.of(DEEPGRAM_KEY, OPENAI_KEY, GEMINI_KEY, ELEVENLABS_KEY);

    private RemoteSpeechFixtures() {}

    static SpeechProperties properties(MockWebServer server, Duration callTimeout) {
        return properties(server, callTimeout, DEEPGRAM_KEY, OPENAI_KEY, GEMINI_KEY, ELEVENLABS_KEY);
    }

    /** Every provider configured with the same key, e.g. an empty one. */
    static SpeechProperties propertiesWithKey(MockWebServer server, String key) {
        return properties(server, Duration.ofSeconds(5), key, key, key, key);
    }

    private static SpeechProperties properties(
            MockWebServer server,
            Duration callTimeout,
            String deepgramKey,
            String openAiKey,
            String geminiKey,
            String elevenLabsKey) {
        var base = server.url("/").toString();
        return new SpeechProperties(
                SpeechProperties.SttProvider.AUTO,
                SpeechProperties.TtsProvider.BROWSER,
                DataSize.ofMegabytes(10),
                Duration.ofSeconds(180),
                Duration.ofMillis(2500),
                Duration.ofSeconds(2),
                callTimeout,
                new SpeechProperties.Deepgram(deepgramKey, base, "nova-3"),
                new SpeechProperties.OpenAi(openAiKey, base, "whisper-1", "gpt-4o-mini-tts", "alloy"),
                new SpeechProperties.Gemini(geminiKey, base, "gemini-2.5-flash"),
                new SpeechProperties.ElevenLabs(elevenLabsKey, base, "JBFqnCBsd6RMkjVDRZzb", "eleven_flash_v2_5"),
                new SpeechProperties.Offline(
                        "pocketsphinx_continuous",
                        "/usr/share/pocketsphinx/model/en-us",
                        "flite",
                        "slt",
                        "ffmpeg",
                        "ffprobe"));
    }

    static SpeechProperties properties(MockWebServer server) {
        return properties(server, Duration.ofSeconds(5));
    }

    static OkHttpClient client(SpeechProperties properties) {
        return SpeechHttp.client(properties);
    }

    /** Three attempts whose waits are only recorded. */
    static SpeechRetry instantRetry(List<Duration> sleeps) {
        return new SpeechRetry(3, SpeechRetry.STANDARD_BASE, SpeechRetry.STANDARD_CAP, sleeps::add, new Random(42));
    }

    static SpeechRetry instantRetry() {
        return instantRetry(new ArrayList<>());
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    static MockResponse json(String body) {
        return json(200, body);
    }
}
