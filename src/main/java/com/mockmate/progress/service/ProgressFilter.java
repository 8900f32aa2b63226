package com.mockmate.progress.service;

import com.mockmate.base.error.BadRequestException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which part of the history progress is computed over: one topic or all, and completion dates from and to (both
 * inclusive, in the application's time zone). Open ends mean "since the first" and "up to now".
 */
public record ProgressFilter(
        @Nullable UUID topicId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) implements Serializable {

    /** The earliest date accepted: older dates are typing errors, not interviews. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public static final ProgressFilter ALL = new ProgressFilter(null, null, null);

    public ProgressFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("'from' (" + from + ") must not be after 'to' (" + to + ").");
        }
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))) {
            throw new BadRequestException("'from' must be between " + EARLIEST + " and " + LATEST + ".");
        }
        if (to != null && (to.isBefore(EARLIEST) || to.isAfter(LATEST))) {
            throw new BadRequestException("'to' must be between " + EARLIEST + " and " + LATEST + ".");
        }
    }
}
