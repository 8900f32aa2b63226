package com.mockmate.speech;

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
import com.mockmate.speech.remote.SpeechRetry;
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
    SpeechRecognizer speechRecognizer(SpeechProperties properties, JsonMapper json) {
        var recognizer = recognizer(properties, json);
        log.info(
                "Speech to text: {}{}",
                recognizer.provider(),
                recognizer.lowAccuracy() ? " (offline, low accuracy: candidates are offered a transcript review)" : "");
        return recognizer;
    }

    @Bean
    SpeechOutput speechOutput(SpeechProperties properties, JsonMapper json, BlobStore blobs) {
        var synthesizer = synthesizer(properties, json);
        log.info(
                "Text to speech: {}",
                synthesizer.map(SpeechSynthesizer::provider).orElse("the browser's own voices"));
        return new SpeechOutput(synthesizer, blobs);
    }

    @Bean
    DeliveryAnalyzer deliveryAnalyzer() {
        return new DeliveryAnalyzer();
    }

    static SttProvider effectiveSttProvider(SpeechProperties properties) {
        if (properties.sttProvider() != SttProvider.AUTO) {
            return properties.sttProvider();
        }
        if (properties.deepgram().hasApiKey()) {
            return SttProvider.DEEPGRAM;
        }
        if (properties.openai().hasApiKey()) {
            return SttProvider.OPENAI;
        }
        return properties.gemini().hasApiKey() ? SttProvider.GEMINI : SttProvider.OFFLINE;
    }

    static SpeechRecognizer recognizer(SpeechProperties properties, JsonMapper json) {
        var retry = SpeechRetry.standard();
        return switch (effectiveSttProvider(properties)) {
            case DEEPGRAM -> new DeepgramRecognizer(SpeechHttp.client(properties), properties, json, retry);
            case OPENAI -> new OpenAiRecognizer(SpeechHttp.client(properties), properties, json, retry);
            case GEMINI ->
                new GeminiRecognizer(
                        SpeechHttp.client(properties), properties, json, retry, new FfmpegAudio(properties));
            case OFFLINE, AUTO -> new PocketSphinxRecognizer(properties);
        };
    }

    static Optional<SpeechSynthesizer> synthesizer(SpeechProperties properties, JsonMapper json) {
        var retry = SpeechRetry.standard();
        return switch (properties.ttsProvider()) {
            case BROWSER -> Optional.empty();
            case ELEVENLABS ->
                Optional.of(new ElevenLabsSynthesizer(SpeechHttp.client(properties), properties, json, retry));
            case OPENAI -> Optional.of(new OpenAiSynthesizer(SpeechHttp.client(properties), properties, json, retry));
            case OFFLINE -> Optional.of(new FliteSynthesizer(properties));
        };
    }
}
