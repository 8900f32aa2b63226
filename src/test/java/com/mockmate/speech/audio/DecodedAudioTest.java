package com.mockmate.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodedAudioTest {

    @TempDir
    Path dir;

    private DecodedAudio measure(byte[] wav) throws IOException {
        return DecodedAudio.measure(Files.write(dir.resolve("audio.wav"), wav));
    }

    /** A 16 kHz mono WAV with a LIST chunk before and after the samples, as some writers produce. */
    private static byte[] wav(short[] samples, boolean trailingChunk) {
        var list = "LIST".getBytes(StandardCharsets.US_ASCII);
        int dataBytes = samples.length * 2;
        var buffer = ByteBuffer.allocate(44 + 12 + dataBytes + (trailingChunk ? 12 : 0))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(buffer.capacity() - 8);
        buffer.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        buffer.putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000);
        buffer.putShort((short) 2).putShort((short) 16);
        buffer.put(list).putInt(4).put("INFO".getBytes(StandardCharsets.US_ASCII));
        buffer.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (var sample : samples) {
            buffer.putShort(sample);
        }
        if (trailingChunk) {
            buffer.put(list).putInt(4).put(new byte[] {0x7f, 0x7f, 0x7f, 0x7f});
        }
        return buffer.array();
    }

    @Test
    void reads_only_the_data_chunk_as_samples() throws IOException {
        var audio = measure(wav(new short[16_000], true));

        assertThat(audio.seconds()).isEqualTo(1.0);
        assertThat(audio.isSilent()).isTrue();
        assertThat(audio.peakRmsDbfs()).isEqualTo(-120.0);
    }

    @Test
    void measures_the_loudest_window_in_dbfs() throws IOException {
        var samples = new short[16_000];
        for (int i = 8_000; i < 8_800; i++) {
            samples[i] = (short) (i % 2 == 0 ? 3277 : -3277); // a square wave at a tenth of full scale
        }

        var audio = measure(wav(samples, false));

        assertThat(audio.peakRmsDbfs()).isCloseTo(-20.0, within(0.1));
        assertThat(audio.isSilent()).isFalse();
    }

    /** Longer than one read chunk: the loud stretch sits across a chunk boundary, far from the header. */
    @Test
    void streams_through_a_long_file_chunk_by_chunk() throws IOException {
        var samples = new short[16_000 * 30];
        for (int i = 34_000; i < 36_000; i++) {
            samples[i] = (short) (i % 2 == 0 ? 3277 : -3277);
        }

        var audio = measure(wav(samples, true));

        assertThat(audio.seconds()).isEqualTo(30.0);
        assertThat(audio.peakRmsDbfs()).isCloseTo(-20.0, within(0.1));
    }

    @Test
    void closing_deletes_the_file() throws IOException {
        var audio = measure(wav(new short[1600], false));

        audio.close();

        assertThat(audio.wav()).doesNotExist();
    }

    @Test
    void a_file_without_a_data_chunk_is_not_wav() throws IOException {
        var notWav =
                Files.write(dir.resolve("x.wav"), "RIFF....WAVEfmt nothing more".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DecodedAudio.measure(notWav)).isInstanceOf(IOException.class);
    }
}
