package com.mockmate.speech.audio;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts recordings with the ffmpeg command (Debian's ffmpeg package). Works on temporary files rather than pipes:
 * MP4 recordings from Safari keep their index at the end, which ffmpeg cannot read from a pipe.
 */
public class FfmpegAudio {

    private static final int SAMPLE_RATE = 16_000;

    private final String ffmpeg;
    private final ExternalCommand command;

    public FfmpegAudio(SpeechProperties properties) {
        this(properties.offline().ffmpeg(), new ExternalCommand(properties.callTimeout()));
    }

    FfmpegAudio(String ffmpeg, ExternalCommand command) {
        this.ffmpeg = ffmpeg;
        this.command = command;
    }

    /** 16 kHz mono 16-bit PCM WAV, what PocketSphinx expects, with its length and loudness measured. */
    public DecodedAudio toWav16kMono(AudioClip clip) {
        var wav = convert(clip, List.of("-ac", "1", "-ar", String.valueOf(SAMPLE_RATE), "-c:a", "pcm_s16le"), ".wav");
        return DecodedAudio.fromWav(wav);
    }

    /** FLAC, for providers that do not take WebM (the Gemini Developer API). */
    public AudioClip toFlac(AudioClip clip) {
        return new AudioClip(convert(clip, List.of("-ac", "1", "-c:a", "flac"), ".flac"), "audio/flac");
    }

    private byte[] convert(AudioClip clip, List<String> outputOptions, String outputSuffix) {
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("mockmate-audio-in", ".bin");
            out = Files.createTempFile("mockmate-audio-out", outputSuffix);
            Files.write(in, clip.bytes());
            var args = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
            args.addAll(List.of("-i", in.toString(), "-vn"));
            args.addAll(outputOptions);
            args.add(out.toString());
            command.run(args, "ffmpeg could not read this recording");
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new SpeechCallException("Could not convert the recording: " + e.getMessage(), false, e);
        } finally {
            ExternalCommand.deleteQuietly(in);
            ExternalCommand.deleteQuietly(out);
        }
    }
}
