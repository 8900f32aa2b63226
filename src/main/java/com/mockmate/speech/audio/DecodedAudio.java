package com.mockmate.speech.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A recording decoded to 16-bit mono PCM WAV, with what the pipeline needs to know before any recogniser runs: how
 * long it is and how loud its loudest stretch is (so a silent recording fails with a clear reason).
 *
 * @param wav the WAV file bytes
 * @param seconds length of the audio
 * @param peakRmsDbfs loudness of the loudest 50 ms window in dBFS (0 is full scale; digital silence is -120)
 */
public record DecodedAudio(byte[] wav, double seconds, double peakRmsDbfs) {

    /** Quieter than this everywhere means no one spoke: a muted or disconnected microphone. */
    public static final double SILENCE_DBFS = -50.0;

    private static final int HEADER_SEARCH_LIMIT = 4096;
    private static final double FLOOR_DBFS = -120.0;

    public boolean isSilent() {
        return peakRmsDbfs < SILENCE_DBFS;
    }

    static DecodedAudio fromWav(byte[] wav) {
        var buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int sampleRate = buffer.getInt(24);
        int dataStart = dataChunkStart(wav);
        int sampleCount = dataLength(wav, dataStart) / 2;
        int window = Math.max(1, sampleRate / 20);
        double peak = 0;
        double sum = 0;
        int inWindow = 0;
        for (int i = 0; i < sampleCount; i++) {
            double sample = buffer.getShort(dataStart + i * 2) / 32768.0;
            sum += sample * sample;
            if (++inWindow == window || i == sampleCount - 1) {
                peak = Math.max(peak, Math.sqrt(sum / inWindow));
                sum = 0;
                inWindow = 0;
            }
        }
        double dbfs = peak <= 0 ? FLOOR_DBFS : Math.max(FLOOR_DBFS, 20 * Math.log10(peak));
        return new DecodedAudio(wav, sampleCount / (double) sampleRate, dbfs);
    }

    /**
     * The declared size of the data chunk, unless it is a streaming placeholder (0 or larger than the file): chunks
     * after the data (e.g. LIST metadata) are not samples.
     */
    private static int dataLength(byte[] wav, int dataStart) {
        long declared = Integer.toUnsignedLong(
                ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(dataStart - 4));
        int available = wav.length - dataStart;
        return declared == 0 || declared > available ? available : (int) declared;
    }

    private static int dataChunkStart(byte[] wav) {
        var buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        while (position + 8 <= Math.min(wav.length, HEADER_SEARCH_LIMIT)) {
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            if (wav[position] == 'd'
                    && wav[position + 1] == 'a'
                    && wav[position + 2] == 't'
                    && wav[position + 3] == 'a') {
                return position + 8;
            }
            position = (int) Math.min(HEADER_SEARCH_LIMIT, position + 8 + size + (size & 1));
        }
        throw new IllegalArgumentException("Not a WAV file with a data chunk");
    }
}
