package com.mockmate.speech;

import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.SpeechProperties.SttProvider;
import com.mockmate.speech.audio.FfmpegAudio;
import com.mockmate.speech.offline.FliteSynthesizer;
import com.mockmate.speech.offline.PocketSphinxRecognizer;
import com.mockmate.speech.remote.DeepgramRecognizer;
import com.mockmate.speech.remote.ElevenLabsSynthesizer;
import com.mockmate.speech.remote.GeminiRecognizer;
import com.mockmate.speech.remote.OpenAiRecognizer;
import com.mockmate.speech.remote.OpenAiSynthesizer;
import com.mockmate.speech.remote.SpeechHttp;
import com.mockmate.storage.BlobStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Builds the recogniser and the server-side voice that MOCKMATE_STT_PROVIDER and MOCKMATE_TTS_PROVIDER choose. */
@Configuration
class SpeechProviderConfig {

    private static final Logger log = LoggerFactory.getLogger(SpeechProviderConfig.class);

    @Bean
    SpeechRecognizer speechRecognizer(SpeechProperties properties, ProviderAccounts accounts, JsonMapper json) {
        var recognizer = recognizer(properties, accounts, json);
        log.info(
                "Speech to text: {}{}",
                recognizer.provider(),
                recognizer.lowAccuracy() ? " (offline, low accuracy: candidates are offered a transcript review)" : "");
        return recognizer;
    }

    @Bean
    SpeechOutput speechOutput(
            SpeechProperties properties, ProviderAccounts accounts, JsonMapper json, BlobStore blobs) {
        var synthesizer = synthesizer(properties, accounts, json);
        log.info(
                "Text to speech: {}",
                synthesizer.map(SpeechSynthesizer::provider).orElse("the browser's own voices"));
        return new SpeechOutput(synthesizer, blobs);
    }

    @Bean
    DeliveryAnalyzer deliveryAnalyzer() {
        return new DeliveryAnalyzer();
    }

    static SttProvider effectiveSttProvider(SpeechProperties properties, ProviderAccounts accounts) {
        if (properties.sttProvider() != SttProvider.AUTO) {
            return properties.sttProvider();
        }
        if (accounts.deepgram().hasApiKey()) {
            return SttProvider.DEEPGRAM;
        }
        if (accounts.openai().hasApiKey()) {
            return SttProvider.OPENAI;
        }
        return accounts.gemini().hasApiKey() ? SttProvider.GEMINI : SttProvider.OFFLINE;
    }

    static SpeechRecognizer recognizer(SpeechProperties properties, ProviderAccounts accounts, JsonMapper json) {
        var retry = RemoteRetry.of(SpeechProperties.RETRY);
        var http = SpeechHttp.client(properties);
        return switch (effectiveSttProvider(properties, accounts)) {
            case DEEPGRAM -> new DeepgramRecognizer(http, accounts, properties, json, retry);
            case OPENAI -> new OpenAiRecognizer(http, accounts, properties, json, retry);
            case GEMINI -> new GeminiRecognizer(http, accounts, properties, json, retry, new FfmpegAudio(properties));
            case OFFLINE, AUTO -> new PocketSphinxRecognizer(properties);
        };
    }

    static Optional<SpeechSynthesizer> synthesizer(
            SpeechProperties properties, ProviderAccounts accounts, JsonMapper json) {
        var retry = RemoteRetry.of(SpeechProperties.RETRY);
        return switch (properties.ttsProvider()) {
            case BROWSER -> Optional.empty();
            case ELEVENLABS ->
                Optional.of(
                        new ElevenLabsSynthesizer(SpeechHttp.client(properties), accounts, properties, json, retry));
            case OPENAI ->
                Optional.of(new OpenAiSynthesizer(SpeechHttp.client(properties), accounts, properties, json, retry));
            case OFFLINE -> Optional.of(new FliteSynthesizer(properties));
        };
    }
}
