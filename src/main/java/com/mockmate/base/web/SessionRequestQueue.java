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
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the requests of one HTTP session one after the other. The Vaadin session lives in Redis and Spring Session
 * writes all of it back after every request, so two overlapping requests of one browser (a file upload and the UI
 * events the upload component sends meanwhile, a heartbeat during a click) would each save their own copy, the later
 * erasing the other's changes; Vaadin then shows "Synchronization error". This filter runs before Spring Session's.
 * It serializes within one instance only: several instances need sticky sessions. {@link StaticResources} pass
 * without waiting: they never touch the session, and queueing the two dozen files of a page load behind each other
 * would only slow the page down; nor do they get the session at all (see {@link #SPRING_SESSION_DONE}).
 */
class SessionRequestQueue extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "SESSION";

    /**
     * The request attribute by which Spring Session's filter knows it has run. A static file must not get the session:
     * it skips this queue, so loading the session there would hand the same session object to two threads at once,
     * and its save at the end would race the page's own save (a lost update of the Vaadin UI). The name follows
     * Spring Session's package-private {@code OncePerRequestFilter}; StaticFilesMakeNoSessionTest checks it holds.
     */
    static final String SPRING_SESSION_DONE = SessionRepositoryFilter.class.getName() + ".FILTERED";

    private static final Logger log = LoggerFactory.getLogger(SessionRequestQueue.class);

    private final ConcurrentHashMap<String, Entry> queues = new ConcurrentHashMap<>();
    private final long maxWaitMillis;

    SessionRequestQueue(long maxWaitMillis) {
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (StaticResources.MATCHER.matches(request)) {
            // Spring Session's filter comes next: marked as already run, it neither loads nor saves the session.
            request.setAttribute(SPRING_SESSION_DONE, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        var sessionId = sessionCookie(request);
        if (sessionId == null) {
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
