package com.mockmate.speech.remote;

import com.mockmate.remote.ApiKey;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
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

    /** Every provider at the server, with its recognisable fake key. */
    static ProviderAccounts accounts(MockWebServer server) {
        return accounts(server, DEEPGRAM_KEY, OPENAI_KEY, GEMINI_KEY, ELEVENLABS_KEY);
    }

    /** Every provider configured with the same key, e.g. an empty one. */
    static ProviderAccounts accountsWithKey(MockWebServer server, String key) {
        return accounts(server, key, key, key, key);
    }

    private static ProviderAccounts accounts(
            MockWebServer server, String deepgramKey, String openAiKey, String geminiKey, String elevenLabsKey) {
        var base = server.url("/").toString();
        return new ProviderAccounts(
                new ProviderAccounts.Gemini(new ApiKey(geminiKey), base),
                new ProviderAccounts.OpenAi(new ApiKey(openAiKey), base),
                new ProviderAccounts.Deepgram(new ApiKey(deepgramKey), base),
                new ProviderAccounts.ElevenLabs(new ApiKey(elevenLabsKey), base));
    }

    static SpeechProperties properties(Duration callTimeout) {
        return new SpeechProperties(
                SpeechProperties.SttProvider.AUTO,
                SpeechProperties.TtsProvider.BROWSER,
                DataSize.ofMegabytes(10),
                Duration.ofSeconds(180),
                Duration.ofMillis(2500),
                Duration.ofSeconds(2),
                callTimeout,
                new SpeechProperties.Deepgram("nova-3"),
                new SpeechProperties.OpenAi("whisper-1", "gpt-4o-mini-tts", "alloy"),
                new SpeechProperties.Gemini("gemini-2.5-flash"),
                new SpeechProperties.ElevenLabs("JBFqnCBsd6RMkjVDRZzb", "eleven_flash_v2_5"),
                new SpeechProperties.Offline(
                        "pocketsphinx_continuous",
                        "/usr/share/pocketsphinx/model/en-us",
                        "flite",
                        "slt",
                        "ffmpeg",
                        "ffprobe"));
    }

    static SpeechProperties properties() {
        return properties(Duration.ofSeconds(5));
    }

    static OkHttpClient client(SpeechProperties properties) {
        return SpeechHttp.client(properties);
    }

    /** The speech retry policy, seeded, recording each planned wait and waiting none of it. */
    static RemoteRetry instantRetry(List<Duration> sleeps) {
        return new RemoteRetry(SpeechProperties.RETRY, new Random(42), planned -> {
            sleeps.add(planned);
            return Duration.ZERO;
        });
    }

    static RemoteRetry instantRetry() {
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
