package com.mockmate.speech;

import com.mockmate.remote.RemoteRetry;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Speech settings, bound from MOCKMATE_STT_PROVIDER, MOCKMATE_TTS_PROVIDER, the providers' models and voices and the
 * offline tool paths (see application.yaml). The hosted providers' keys and endpoints are
 * {@link com.mockmate.remote.ProviderAccounts}.
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

    /** Three attempts, the first retry within 0.5 s, the second within 1 s; Retry-After honoured up to 4 s. */
    public static final RemoteRetry.Policy RETRY =
            new RemoteRetry.Policy(3, Duration.ofMillis(500), Duration.ofSeconds(4));

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

    /** The key and endpoint of each hosted provider are its {@link com.mockmate.remote.ProviderAccounts} account's. */
    public record Deepgram(@DefaultValue("nova-3") String model) {}

    public record OpenAi(
            @DefaultValue("whisper-1") String transcriptionModel,
            @DefaultValue("gpt-4o-mini-tts") String speechModel,
            @DefaultValue("alloy") String voice) {}

    public record Gemini(@DefaultValue("gemini-2.5-flash") String model) {}

    public record ElevenLabs(
            @DefaultValue("JBFqnCBsd6RMkjVDRZzb") String voiceId,
            @DefaultValue("eleven_flash_v2_5") String model) {}

    /** Paths of the Debian tools the offline path runs; plain names are looked up on PATH. */
    public record Offline(
            @DefaultValue("pocketsphinx_continuous") String pocketsphinx,

            @DefaultValue("/usr/share/pocketsphinx/model/en-us")
            String pocketsphinxModelDir,

            @DefaultValue("flite") String flite,
            @DefaultValue("slt") String fliteVoice,
            @DefaultValue("ffmpeg") String ffmpeg,
            @DefaultValue("ffprobe") String ffprobe) {}
}
