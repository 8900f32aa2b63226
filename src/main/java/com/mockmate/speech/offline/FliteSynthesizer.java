package com.mockmate.speech.offline;

import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechSynthesizer;
import com.mockmate.speech.SynthesizedSpeech;
import com.mockmate.speech.audio.ExternalCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Text-to-speech without a network: Debian's {@code flite}. Robotic, but instant and free. The text goes through a
 * file, never the command line, so its length and characters (quotes, leading dashes) cannot matter.
 */
public class FliteSynthesizer implements SpeechSynthesizer {

    private final String flite;
    private final String voice;
    private final ExternalCommand command;

    /** Set once the voice is known to exist: flite silently falls back to its default voice for an unknown name. */
    private volatile boolean voiceChecked;

    public FliteSynthesizer(SpeechProperties properties) {
        this(
                properties.offline().flite(),
                properties.offline().fliteVoice(),
                new ExternalCommand(properties.callTimeout()));
    }

    FliteSynthesizer(String flite, String voice, ExternalCommand command) {
        this.flite = flite;
        this.voice = voice;
        this.command = command;
    }

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public String voice() {
        return voice;
    }

    @Override
    public SynthesizedSpeech synthesize(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("There is no text to speak");
        }
        checkVoice();
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("mockmate-tts", ".txt");
            out = Files.createTempFile("mockmate-tts", ".wav");
            Files.writeString(in, text, StandardCharsets.UTF_8);
            command.run(
                    List.of(flite, "-voice", voice, "-f", in.toString(), "-o", out.toString()),
                    "flite could not speak this text");
            return new SynthesizedSpeech(Files.readAllBytes(out), "audio/wav");
        } catch (IOException e) {
            throw new SpeechCallException("Could not pass the text to flite: " + e.getMessage(), false, e);
        } finally {
            ExternalCommand.deleteQuietly(in);
            ExternalCommand.deleteQuietly(out);
        }
    }

    private void checkVoice() {
        if (voiceChecked) {
            return;
        }
        if (isVoiceFile()) {
            if (!voice.contains("://") && !Files.isReadable(Path.of(voice))) {
                throw new SpeechCallException("The flite voice file " + voice + " does not exist", false, null);
            }
        } else {
            var listing = command.run(List.of(flite, "-lv"), "flite could not list its voices")
                    .strip();
            var names = listing.substring(listing.indexOf(':') + 1).strip().split("\\s+");
            if (!Arrays.asList(names).contains(voice)) {
                throw new SpeechCallException(
                        "flite has no voice named " + voice + " (it has: " + String.join(", ", names) + ")",
                        false,
                        null);
            }
        }
        voiceChecked = true;
    }

    private boolean isVoiceFile() {
        return voice.contains("/") || voice.endsWith(".flitevox");
    }
}
