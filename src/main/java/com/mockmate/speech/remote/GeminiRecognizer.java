package com.mockmate.speech.remote;

import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.Transcript;
import com.mockmate.speech.audio.FfmpegAudio;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transcription through the Gemini Developer API ({@code generateContent} with the recording inline). Gemini gives no
 * word timings, so delivery figures for its transcripts are estimates. It takes WAV, MP3, AIFF, AAC, OGG Vorbis and
 * FLAC; browsers record WebM or MP4 (and Firefox Opus in Ogg), so anything else is converted to FLAC first.
 */
public class GeminiRecognizer implements SpeechRecognizer {

    static final String INSTRUCTION = "Transcribe this recording of a candidate answering an interview question."
            + " Write down exactly what is said, word for word, including filler words such as \"um\", \"uh\","
            + " \"like\" and \"you know\", repetitions and false starts; do not correct grammar or summarise."
            + " Output only the transcript, without quotes, labels, timestamps or commentary."
            + " If nothing is said, output nothing.";

    /** Types Gemini documents as accepted, under the names it documents. */
    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("audio/wav", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"),
            Map.entry("audio/x-wav", "audio/wav"),
            Map.entry("audio/mpeg", "audio/mp3"),
            Map.entry("audio/mp3", "audio/mp3"),
            Map.entry("audio/aiff", "audio/aiff"),
            Map.entry("audio/x-aiff", "audio/aiff"),
            Map.entry("audio/aac", "audio/aac"),
            Map.entry("audio/flac", "audio/flac"),
            Map.entry("audio/x-flac", "audio/flac"));

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Set<String> BLOCKED_FINISH =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII");

    private final SpeechHttp http;
    private final JsonMapper mapper;
    private final FfmpegAudio ffmpeg;
    private final HttpUrl url;

    public GeminiRecognizer(
            OkHttpClient client,
            ProviderAccounts accounts,
            SpeechProperties properties,
            JsonMapper mapper,
            RemoteRetry retry,
            FfmpegAudio ffmpeg) {
        var account = accounts.gemini();
        var config = properties.gemini();
        this.http = new SpeechHttp(
                client, mapper, retry, new SpeechHttp.Provider("Gemini", "GEMINI_API_KEY", account.apiKey()));
        this.mapper = mapper;
        this.ffmpeg = ffmpeg;
        this.url = HttpUrl.get(account.baseUrl())
                .newBuilder()
                .addPathSegments("v1beta/models")
                .addPathSegment(config.model().replaceFirst("^models/", "") + ":generateContent")
                .build();
    }

    @Override
    public String provider() {
        return "gemini";
    }

    @Override
    public boolean lowAccuracy() {
        return false;
    }

    @Override
    public Transcript transcribe(AudioClip clip) {
        var key = http.apiKey();
        var audio = ACCEPTED.containsKey(clip.mediaType()) ? clip : ffmpeg.toFlac(clip);
        var request = new Request.Builder()
                .url(url)
                .header("x-goog-api-key", key)
                .post(RequestBody.create(mapper.writeValueAsString(body(audio)), JSON))
                .build();
        return http.send(request, (body, type) -> transcript(http.json(body.string())));
    }

    ObjectNode body(AudioClip audio) {
        var body = mapper.createObjectNode();
        var content = body.putArray("contents").addObject();
        content.put("role", "user");
        var parts = content.putArray("parts");
        parts.addObject().put("text", INSTRUCTION);
        parts.addObject()
                .putObject("inline_data")
                .put("mime_type", ACCEPTED.get(audio.mediaType()))
                .put("data", Base64.getEncoder().encodeToString(audio.bytes()));
        body.putObject("generationConfig").put("temperature", 0.0);
        return body;
    }

    private Transcript transcript(JsonNode root) {
        var blockReason = root.path("promptFeedback").path("blockReason");
        if (blockReason.isString()) {
            throw refused("blockReason " + blockReason.stringValue());
        }
        var candidate = root.path("candidates").path(0);
        var finishReason = candidate.path("finishReason").asString("");
        if (BLOCKED_FINISH.contains(finishReason)) {
            throw refused("finishReason " + finishReason);
        }
        if (!candidate.path("content").isObject() && !"STOP".equals(finishReason)) {
            throw http.malformed("no candidate transcript");
        }
        var text = new StringBuilder();
        for (var part : candidate.path("content").path("parts")) {
            if (!part.path("thought").asBoolean(false) && part.path("text").isString()) {
                text.append(part.path("text").stringValue());
            }
        }
        return new Transcript(text.toString(), List.of(), null, provider(), lowAccuracy());
    }

    private static SpeechCallException refused(String reason) {
        return new SpeechCallException("Gemini would not transcribe the recording (" + reason + ")", false, null);
    }
}
