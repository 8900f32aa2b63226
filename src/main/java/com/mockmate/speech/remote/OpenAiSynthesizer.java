package com.mockmate.speech.remote;

import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechSynthesizer;
import com.mockmate.speech.SynthesizedSpeech;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI text-to-speech ({@code POST /v1/audio/speech}) as MP3. */
public class OpenAiSynthesizer implements SpeechSynthesizer {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SpeechHttp http;
    private final JsonMapper mapper;
    private final String model;
    private final String voice;
    private final HttpUrl url;

    public OpenAiSynthesizer(
            OkHttpClient client,
            ProviderAccounts accounts,
            SpeechProperties properties,
            JsonMapper mapper,
            RemoteRetry retry) {
        var account = accounts.openai();
        var config = properties.openai();
        this.http = new SpeechHttp(
                client, mapper, retry, new SpeechHttp.Provider("OpenAI", "OPENAI_API_KEY", account.apiKey()));
        this.mapper = mapper;
        this.model = config.speechModel();
        this.voice = config.voice();
        this.url = HttpUrl.get(SpeechHttp.withoutVersionPath(account.baseUrl()))
                .newBuilder()
                .addPathSegments("v1/audio/speech")
                .build();
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String voice() {
        return voice;
    }

    @Override
    public SynthesizedSpeech synthesize(String text) {
        var body = mapper.createObjectNode()
                .put("model", model)
                .put("input", SpokenText.require(text))
                .put("voice", voice)
                .put("response_format", "mp3");
        var request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + http.apiKey())
                .post(RequestBody.create(mapper.writeValueAsString(body), JSON))
                .build();
        return http.send(request, (response, type) -> SpokenText.audio(http, response.bytes(), type));
    }
}
