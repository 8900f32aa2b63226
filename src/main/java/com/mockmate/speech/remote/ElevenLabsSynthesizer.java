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

/** ElevenLabs text-to-speech ({@code POST /v1/text-to-speech/{voice_id}}), MP3 at 44.1 kHz and 128 kbit/s. */
public class ElevenLabsSynthesizer implements SpeechSynthesizer {

    static final String OUTPUT_FORMAT = "mp3_44100_128";

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SpeechHttp http;
    private final JsonMapper mapper;
    private final String voiceId;
    private final String model;
    private final HttpUrl url;

    public ElevenLabsSynthesizer(
            OkHttpClient client,
            ProviderAccounts accounts,
            SpeechProperties properties,
            JsonMapper mapper,
            RemoteRetry retry) {
        var account = accounts.elevenlabs();
        var config = properties.elevenlabs();
        this.http = new SpeechHttp(
                client, mapper, retry, new SpeechHttp.Provider("ElevenLabs", "ELEVENLABS_API_KEY", account.apiKey()));
        this.mapper = mapper;
        this.voiceId = config.voiceId();
        this.model = config.model();
        this.url = HttpUrl.get(account.baseUrl())
                .newBuilder()
                .addPathSegments("v1/text-to-speech")
                .addPathSegment(voiceId)
                .addQueryParameter("output_format", OUTPUT_FORMAT)
                .build();
    }

    @Override
    public String provider() {
        return "elevenlabs";
    }

    @Override
    public String voice() {
        return voiceId;
    }

    @Override
    public SynthesizedSpeech synthesize(String text) {
        var body =
                mapper.createObjectNode().put("text", SpokenText.require(text)).put("model_id", model);
        var request = new Request.Builder()
                .url(url)
                .header("xi-api-key", http.apiKey())
                .header("Accept", "audio/mpeg")
                .post(RequestBody.create(mapper.writeValueAsString(body), JSON))
                .build();
        return http.send(request, (response, type) -> SpokenText.audio(http, response.bytes(), type));
    }
}
