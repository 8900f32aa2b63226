package com.mockmate.remote;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** The HTTP side every remote provider shares: one client recipe and the reading of failures. */
public final class RemoteHttp {

    private static final int MAX_DETAIL = 300;

    private RemoteHttp() {}

    /**
     * Reads, writes and the whole call get the call timeout: OkHttp's own 10 s read timeout would cut off a long
     * generation or the transcription of a long recording.
     */
    public static OkHttpClient client(Duration connectTimeout, Duration callTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .callTimeout(callTimeout)
                .build();
    }

    /** 408, 429 and 5xx are worth another attempt; other 4xx are not. */
    public static boolean retryableStatus(int code) {
        return code == 408 || code == 429 || code >= 500;
    }

    /** True when the server did not answer in time, as opposed to not being reachable at all. */
    public static boolean timedOut(IOException e) {
        return e instanceof SocketTimeoutException || e instanceof InterruptedIOException;
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    public static @Nullable Duration retryAfter(@Nullable String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        var value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                var wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** Shortens a provider's error text for messages and the call log. */
    public static String brief(@Nullable String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        var oneLine = detail.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }
}
