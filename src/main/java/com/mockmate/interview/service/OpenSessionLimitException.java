package com.mockmate.interview.service;

import com.mockmate.base.error.ConflictException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 409: the candidate already has as many interviews in progress as MOCKMATE_MAX_OPEN_SESSIONS allows. The problem
 * lists them as {@code openSessions}, so a client can offer to resume one.
 */
public class OpenSessionLimitException extends ConflictException {

    /** An interview in progress, as the problem lists it. */
    public record OpenSession(UUID id, UUID testId, String testTitle, Instant startedAt) implements Serializable {}

    private final List<OpenSession> openSessions;

    OpenSessionLimitException(int max, List<OpenSession> openSessions) {
        super("You already have " + openSessions.size() + " interviews in progress ("
                + openSessions.stream().map(OpenSession::testTitle).distinct().collect(Collectors.joining(", "))
                + "); at most " + max + " can be open at once. Resume or finish one of them first.");
        this.openSessions = List.copyOf(openSessions);
        getBody().setTitle("Too many interviews in progress");
        getBody().setProperty("openSessions", this.openSessions);
    }

    public List<OpenSession> openSessions() {
        return openSessions;
    }
}
