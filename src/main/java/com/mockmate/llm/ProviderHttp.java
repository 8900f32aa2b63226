package com.mockmate.llm;

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

/** What the HTTP providers share: one client configuration and the mapping of failures to retryable or not. */
public final class ProviderHttp {

    private static final int MAX_DETAIL = 300;

    private ProviderHttp() {}

    /** Timeouts from {@link LlmProperties}; OkHttp's own 10 s read timeout would cut long generations short. */
    public static OkHttpClient client(LlmProperties properties) {
        return new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.callTimeout())
                .writeTimeout(properties.callTimeout())
                .callTimeout(properties.callTimeout())
                .build();
    }

    /** 408, 429 and 5xx are worth another attempt; other 4xx are not. */
    public static boolean retryableStatus(int code) {
        return code == 408 || code == 429 || code >= 500;
    }

    /** Timeouts and connection failures: retryable, with a message that says which. */
    public static ModelCallException transportFailure(String provider, IOException e) {
        var what = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                ? "no answer before the timeout"
                : "connection failed: " + e.getClass().getSimpleName();
        return new ModelCallException(provider + ": " + what, true, null, e);
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
