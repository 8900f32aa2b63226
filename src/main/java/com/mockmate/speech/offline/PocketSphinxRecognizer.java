package com.mockmate.speech.offline;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.TimedWord;
import com.mockmate.speech.Transcript;
import com.mockmate.speech.audio.DecodedAudio;
import com.mockmate.speech.audio.ExternalCommand;
import com.mockmate.speech.audio.FfmpegAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Speech-to-text without a network: Debian's {@code pocketsphinx_continuous} (0.8+5prealpha) with its US English
 * model. Fast (about a fifth of real time) but inaccurate on real voices, hence {@link #lowAccuracy()}.
 */
public class PocketSphinxRecognizer implements SpeechRecognizer {

    private final SpeechProperties.Offline offline;
    private final FfmpegAudio ffmpeg;
    private final ExternalCommand command;

    public PocketSphinxRecognizer(SpeechProperties properties) {
        this(properties.offline(), new FfmpegAudio(properties), new ExternalCommand(properties.callTimeout()));
    }

    PocketSphinxRecognizer(SpeechProperties.Offline offline, FfmpegAudio ffmpeg, ExternalCommand command) {
        this.offline = offline;
        this.ffmpeg = ffmpeg;
        this.command = command;
    }

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public boolean lowAccuracy() {
        return true;
    }

    @Override
    public Transcript transcribe(AudioClip clip) {
        try (var audio = ffmpeg.toWav16kMono(clip)) {
            return transcribe(clip, audio);
        }
    }

    /** Reads the decoded WAV file where it is: PocketSphinx takes 16 kHz mono PCM as is. */
    @Override
    public Transcript transcribe(AudioClip clip, DecodedAudio audio) {
        if (audio.isSilent()) {
            return transcript(List.of(), audio);
        }
        requireModel();
        var output = command.run(arguments(audio.wav()), "PocketSphinx could not recognise this recording");
        return transcript(PocketSphinxOutput.words(output), audio);
    }

    /** Checked here because with its log silenced, PocketSphinx fails on a missing model without saying why. */
    private void requireModel() {
        if (!Files.isRegularFile(Path.of(offline.pocketsphinxModelDir(), "en-us.lm.bin"))) {
            throw new SpeechCallException(
                    "The PocketSphinx model is not in " + offline.pocketsphinxModelDir()
                            + "; install pocketsphinx-en-us or set MOCKMATE_POCKETSPHINX_MODEL_DIR",
                    false,
                    null);
        }
    }

    private List<String> arguments(Path wav) {
        var model = Path.of(offline.pocketsphinxModelDir());
        return List.of(
                offline.pocketsphinx(),
                "-infile",
                wav.toString(),
                "-time",
                "yes",
                "-hmm",
                model.resolve("en-us").toString(),
                "-lm",
                model.resolve("en-us.lm.bin").toString(),
                "-dict",
                model.resolve("cmudict-en-us.dict").toString(),
                // Its INFO log runs to thousands of lines per call; failures still show in the exit code.
                "-logfn",
                "/dev/null");
    }

    private Transcript transcript(List<TimedWord> words, DecodedAudio audio) {
        var text = words.stream().map(TimedWord::text).collect(Collectors.joining(" "));
        return new Transcript(text, words, audio.seconds(), provider(), lowAccuracy());
    }
}
