package com.mockmate.speech.remote;

import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.Transcript;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deepgram's pre-recorded transcription ({@code POST /v1/listen}) with the recording as the raw request body. Filler
 * words are asked for explicitly: without {@code filler_words=true} Deepgram drops "uh" and "um", which the delivery
 * feedback counts.
 */
public class DeepgramRecognizer implements SpeechRecognizer {

    private final SpeechHttp http;
    private final HttpUrl url;

    public DeepgramRecognizer(
            OkHttpClient client,
            ProviderAccounts accounts,
            SpeechProperties properties,
            JsonMapper mapper,
            RemoteRetry retry) {
        var account = accounts.deepgram();
        var config = properties.deepgram();
        this.http = new SpeechHttp(
                client, mapper, retry, new SpeechHttp.Provider("Deepgram", "DEEPGRAM_API_KEY", account.apiKey()));
        this.url = HttpUrl.get(account.baseUrl())
                .newBuilder()
                .addPathSegments("v1/listen")
                .addQueryParameter("model", config.model())
                .addQueryParameter("smart_format", "true")
                .addQueryParameter("punctuate", "true")
                .addQueryParameter("filler_words", "true")
                .build();
    }

    @Override
    public String provider() {
        return "deepgram";
    }

    @Override
    public boolean lowAccuracy() {
        return false;
    }

    @Override
    public Transcript transcribe(AudioClip clip) {
        var request = new Request.Builder()
                .url(url)
                .header("Authorization", "Token " + http.apiKey())
                .post(RequestBody.create(clip.bytes(), contentType(clip)))
                .build();
        return http.send(request, (body, type) -> transcript(http.json(body.string())));
    }

    /** The declared type with its codecs parameter, which Deepgram uses; the bare media type if OkHttp rejects it. */
    private static MediaType contentType(AudioClip clip) {
        var declared = MediaType.parse(clip.contentType());
        return declared != null ? declared : MediaType.get(clip.mediaType());
    }

    private Transcript transcript(JsonNode root) {
        var alternative = root.path("results")
                .path("channels")
                .path(0)
                .path("alternatives")
                .path(0);
        if (!alternative.path("transcript").isString()) {
            throw http.malformed("no transcript at results.channels[0].alternatives[0]");
        }
        var duration = root.path("metadata").path("duration");
        return new Transcript(
                alternative.path("transcript").stringValue(),
                TimedWords.parse(
                        alternative.path("words"),
                        word -> word.path("punctuated_word")
                                .asString(word.path("word").asString(""))),
                duration.isNumber() ? duration.doubleValue() : null,
                provider(),
                lowAccuracy());
    }
}
