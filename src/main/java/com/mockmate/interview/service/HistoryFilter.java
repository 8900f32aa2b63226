package com.mockmate.interview.service;

import com.mockmate.base.error.BadRequestException;
import com.mockmate.interview.domain.SessionStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which of a candidate's interviews to list: those that drew a question of a topic, started from and to a date (both
 * inclusive, in the application's time zone), in a status. Every part is optional.
 */
public record HistoryFilter(
        @Nullable UUID topicId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable SessionStatus status) implements Serializable {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null);

    public HistoryFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("'from' (" + from + ") must not be after 'to' (" + to + ").");
        }
    }

    public HistoryFilter withTopic(@Nullable UUID topic) {
        return new HistoryFilter(topic, from, to, status);
    }

    public HistoryFilter withDates(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new HistoryFilter(topicId, first, last, status);
    }

    public HistoryFilter withStatus(@Nullable SessionStatus wanted) {
        return new HistoryFilter(topicId, from, to, wanted);
    }
}
