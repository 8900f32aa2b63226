package com.mockmate.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the requests of one HTTP session one after the other. The Vaadin session lives in Redis and Spring Session
 * writes all of it back after every request, so two overlapping requests of one browser (a file upload and the UI
 * events the upload component sends meanwhile, a heartbeat during a click) would each save their own copy, the later
 * erasing the other's changes; Vaadin then shows "Synchronization error". This filter runs before Spring Session's.
 * It serializes within one instance only: several instances need sticky sessions. {@link StaticResources} pass
 * without waiting: they never touch the session, and queueing the two dozen files of a page load behind each other
 * would only slow the page down.
 */
class SessionRequestQueue extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "SESSION";
    private static final Logger log = LoggerFactory.getLogger(SessionRequestQueue.class);

    private final ConcurrentHashMap<String, Entry> queues = new ConcurrentHashMap<>();
    private final long maxWaitMillis;

    SessionRequestQueue(long maxWaitMillis) {
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var sessionId = sessionCookie(request);
        if (sessionId == null || StaticResources.MATCHER.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        var entry = queues.compute(sessionId, (id, existing) -> (existing == null ? new Entry() : existing).join());
        boolean locked = false;
        try {
            locked = entry.lock.tryLock(maxWaitMillis, TimeUnit.MILLISECONDS);
            if (!locked) {
                // Better a possible lost update than a request that never ends.
                log.warn(
                        "A request of the same session ran longer than {} ms; continuing without waiting",
                        maxWaitMillis);
            }
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for another request of the session", e);
        } finally {
            if (locked) {
                entry.lock.unlock();
            }
            queues.computeIfPresent(sessionId, (id, existing) -> existing.leave() == 0 ? null : existing);
        }
    }

    int openQueues() {
        return queues.size();
    }

    private static @Nullable String sessionCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (var cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** A lock and the number of requests holding or waiting for it; only changed inside the map's compute calls. */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        private int users;

        Entry join() {
            users++;
            return this;
        }

        int leave() {
            return --users;
        }
    }
}
