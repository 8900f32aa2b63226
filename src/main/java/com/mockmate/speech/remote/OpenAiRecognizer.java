package com.mockmate.speech.remote;

import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.Transcript;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's transcription endpoint ({@code POST /v1/audio/transcriptions}) with word timestamps. Word timestamps need
 * {@code verbose_json}, which whisper-1 supports; the gpt-4o transcribe models refuse it with a 400 that is reported as
 * such.
 */
public class OpenAiRecognizer implements SpeechRecognizer {

    /** OpenAI decides the format by the file name's extension, so the upload is named after the declared type. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("audio/webm", "webm"),
            Map.entry("video/webm", "webm"),
            Map.entry("audio/ogg", "ogg"),
            Map.entry("audio/mp4", "mp4"),
            Map.entry("video/mp4", "mp4"),
            Map.entry("audio/m4a", "m4a"),
            Map.entry("audio/x-m4a", "m4a"),
            Map.entry("audio/mpeg", "mp3"),
            Map.entry("audio/mp3", "mp3"),
            Map.entry("audio/wav", "wav"),
            Map.entry("audio/wave", "wav"),
            Map.entry("audio/x-wav", "wav"),
            Map.entry("audio/flac", "flac"),
            Map.entry("audio/x-flac", "flac"));

    private final SpeechHttp http;
    private final String model;
    private final HttpUrl url;

    public OpenAiRecognizer(
            OkHttpClient client,
            ProviderAccounts accounts,
            SpeechProperties properties,
            JsonMapper mapper,
            RemoteRetry retry) {
        var account = accounts.openai();
        var config = properties.openai();
        this.http = new SpeechHttp(
                client, mapper, retry, new SpeechHttp.Provider("OpenAI", "OPENAI_API_KEY", account.apiKey()));
        this.model = config.transcriptionModel();
        this.url = HttpUrl.get(SpeechHttp.withoutVersionPath(account.baseUrl()))
                .newBuilder()
                .addPathSegments("v1/audio/transcriptions")
                .build();
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public boolean lowAccuracy() {
        return false;
    }

    @Override
    public Transcript transcribe(AudioClip clip) {
        var extension = EXTENSIONS.get(clip.mediaType());
        if (extension == null) {
            throw new SpeechCallException(
                    "OpenAI cannot transcribe recordings of type " + clip.mediaType(), false, null);
        }
        var form = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart(
                        "file",
                        "answer." + extension,
                        RequestBody.create(clip.bytes(), MediaType.get(clip.mediaType())))
                .addFormDataPart("model", model)
                .addFormDataPart("response_format", "verbose_json")
                .addFormDataPart("timestamp_granularities[]", "word")
                .build();
        var request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + http.apiKey())
                .post(form)
                .build();
        return http.send(request, (body, type) -> transcript(http.json(body.string())));
    }

    private Transcript transcript(JsonNode root) {
        if (!root.path("text").isString()) {
            throw http.malformed("no text in the transcription");
        }
        var duration = root.path("duration");
        return new Transcript(
                root.path("text").stringValue(),
                TimedWords.parse(root.path("words"), word -> word.path("word").asString("")),
                duration.isNumber() ? duration.doubleValue() : null,
                provider(),
                lowAccuracy());
    }
}
