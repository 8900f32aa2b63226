package com.mockmate.speech.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recording decoded to a temporary 16-bit mono PCM WAV file, with what the pipeline needs to know before any
 * recogniser runs: how long it is and how loud its loudest stretch is (so a silent recording fails with a clear
 * reason). The samples are measured by streaming through the file, never held in memory. Closing deletes the file.
 *
 * @param wav the WAV file
 * @param seconds length of the audio
 * @param peakRmsDbfs loudness of the loudest 50 ms window in dBFS (0 is full scale; digital silence is -120)
 */
public record DecodedAudio(Path wav, double seconds, double peakRmsDbfs) implements AutoCloseable {

    /** Quieter than this everywhere means no one spoke: a muted or disconnected microphone. */
    public static final double SILENCE_DBFS = -50.0;

    private static final int HEADER_SEARCH_LIMIT = 4096;
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final double FLOOR_DBFS = -120.0;

    public boolean isSilent() {
        return peakRmsDbfs < SILENCE_DBFS;
    }

    /** Measures a WAV file; the returned value owns the file and deletes it when closed. */
    public static DecodedAudio measure(Path wav) throws IOException {
        long fileSize = Files.size(wav);
        try (var in = new BufferedInputStream(Files.newInputStream(wav), CHUNK_BYTES)) {
            var header = ByteBuffer.wrap(in.readNBytes((int) Math.min(fileSize, HEADER_SEARCH_LIMIT)))
                    .order(ByteOrder.LITTLE_ENDIAN);
            int sampleRate = header.getInt(24);
            int dataStart = dataChunkStart(header);
            long sampleCount = dataLength(header, dataStart, fileSize) / 2;
            var loudness = new Loudness(Math.max(1, sampleRate / 20));
            loudness.add(
                    header.slice(dataStart, header.limit() - dataStart).order(ByteOrder.LITTLE_ENDIAN), sampleCount);
            loudness.addAll(in, sampleCount);
            return new DecodedAudio(wav, sampleCount / (double) sampleRate, loudness.peakDbfs());
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("Not a WAV file with a format and a data chunk", e);
        }
    }

    @Override
    public void close() {
        ExternalCommand.deleteQuietly(wav);
    }

    /**
     * The declared size of the data chunk, unless it is a streaming placeholder (0 or larger than the file): chunks
     * after the data (e.g. LIST metadata) are not samples.
     */
    private static long dataLength(ByteBuffer header, int dataStart, long fileSize) {
        long declared = Integer.toUnsignedLong(header.getInt(dataStart - 4));
        long available = fileSize - dataStart;
        return declared == 0 || declared > available ? available : declared;
    }

    private static int dataChunkStart(ByteBuffer header) {
        int position = 12;
        while (position + 8 <= header.limit()) {
            long size = Integer.toUnsignedLong(header.getInt(position + 4));
            if (header.get(position) == 'd'
                    && header.get(position + 1) == 'a'
                    && header.get(position + 2) == 't'
                    && header.get(position + 3) == 'a') {
                return position + 8;
            }
            position = (int) Math.min(HEADER_SEARCH_LIMIT, position + 8 + size + (size & 1));
        }
        throw new IndexOutOfBoundsException("no data chunk in the first " + HEADER_SEARCH_LIMIT + " bytes");
    }

    /** The RMS of consecutive windows of samples, keeping the loudest; fed in chunks as the file is read. */
    private static final class Loudness {

        private final int window;
        private long seen;
        private double peak;
        private double sum;
        private int inWindow;

        Loudness(int window) {
            this.window = window;
        }

        /** Reads the samples that follow the header from the stream, a chunk at a time. */
        void addAll(InputStream in, long sampleCount) throws IOException {
            var chunk = new byte[CHUNK_BYTES];
            while (seen < sampleCount) {
                int wanted = (int) Math.min(chunk.length, (sampleCount - seen) * 2);
                int read = in.readNBytes(chunk, 0, wanted);
                if (read < 2) {
                    break;
                }
                add(ByteBuffer.wrap(chunk, 0, read).order(ByteOrder.LITTLE_ENDIAN), sampleCount);
            }
            flush();
        }

        void add(ByteBuffer samples, long sampleCount) {
            while (samples.remaining() >= 2 && seen < sampleCount) {
                double sample = samples.getShort() / 32768.0;
                sum += sample * sample;
                seen++;
                if (++inWindow == window) {
                    flush();
                }
            }
        }

        private void flush() {
            if (inWindow > 0) {
                peak = Math.max(peak, Math.sqrt(sum / inWindow));
            }
            sum = 0;
            inWindow = 0;
        }

        double peakDbfs() {
            return peak <= 0 ? FLOOR_DBFS : Math.max(FLOOR_DBFS, 20 * Math.log10(peak));
        }
    }
}
