package com.mockmate.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SessionRequestQueueTest {

    private final SessionRequestQueue queue = new SessionRequestQueue(5_000);

    @Test
    void requests_of_one_session_never_overlap_and_other_sessions_are_not_held_up() throws Exception {
        var inside = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var done = new CountDownLatch(6);
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                pool.submit(() -> {
                    queue.doFilter(request("same-session"), new MockHttpServletResponse(), (req, res) -> {
                        mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        sleep(30);
                        inside.decrementAndGet();
                    });
                    done.countDown();
                    return null;
                });
            }
            var other = new CountDownLatch(1);
            pool.submit(() -> {
                queue.doFilter(
                        request("another-session"), new MockHttpServletResponse(), (req, res) -> other.countDown());
                return null;
            });
            assertThat(other.await(1, TimeUnit.SECONDS))
                    .as("another session waits for nobody")
                    .isTrue();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(queue.openQueues()).as("no lock is kept after the requests").isZero();
    }

    @Test
    void requests_without_a_session_cookie_pass_straight_through() throws Exception {
        var passed = new AtomicInteger();

        queue.doFilter(
                new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> passed.incrementAndGet());

        assertThat(passed.get()).isEqualTo(1);
        assertThat(queue.openQueues()).isZero();
    }

    @Test
    void static_files_of_a_session_do_not_wait_for_its_running_request() throws Exception {
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            pool.submit(() -> {
                queue.doFilter(request("same-session"), new MockHttpServletResponse(), (req, res) -> {
                    running.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

            for (var path :
                    new String[] {"/styles/mockmate.css", "/VAADIN/build/FlowClient-abc.js", "/lumo/lumo.css"}) {
                var passed = new CountDownLatch(1);
                var file = new MockHttpServletRequest("GET", path);
                file.setCookies(new Cookie(SessionRequestQueue.SESSION_COOKIE, "same-session"));
                pool.submit(() -> {
                    queue.doFilter(file, new MockHttpServletResponse(), (req, res) -> passed.countDown());
                    return null;
                });
                assertThat(passed.await(1, TimeUnit.SECONDS)).as(path).isTrue();
            }
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockHttpServletRequest request(String session) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setCookies(new Cookie(SessionRequestQueue.SESSION_COOKIE, session));
        return request;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
