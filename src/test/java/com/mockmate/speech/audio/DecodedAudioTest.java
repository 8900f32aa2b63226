package com.mockmate.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedAudioTest {

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
    void reads_only_the_data_chunk_as_samples() {
        var audio = DecodedAudio.fromWav(wav(new short[16_000], true));

        assertThat(audio.seconds()).isEqualTo(1.0);
        assertThat(audio.isSilent()).isTrue();
        assertThat(audio.peakRmsDbfs()).isEqualTo(-120.0);
    }

    @Test
    void measures_the_loudest_window_in_dbfs() {
        var samples = new short[16_000];
        for (int i = 8_000; i < 8_800; i++) {
            samples[i] = (short) (i % 2 == 0 ? 3277 : -3277); // a square wave at a tenth of full scale
        }

        var audio = DecodedAudio.fromWav(wav(samples, false));

        assertThat(audio.peakRmsDbfs()).isCloseTo(-20.0, within(0.1));
        assertThat(audio.isSilent()).isFalse();
    }
}
