package com.mockmate.scoring;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.languagetool.JLanguageTool;

/**
 * A few {@link JLanguageTool} instances, each owned by one platform worker thread. An instance is not thread-safe,
 * takes about 27 MB and a second to build, so there is one per worker, built lazily. Checking is CPU-bound for tens to
 * hundreds of milliseconds: running it on these workers rather than on the caller's virtual thread keeps the few
 * carrier threads free for requests, and a caller simply waits (unmounted) for its result.
 */
final class LanguageToolPool {

    private final ExecutorService workers;
    private final ThreadLocal<JLanguageTool> tools;

    LanguageToolPool(int size, Supplier<JLanguageTool> factory) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        var counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(size, runnable -> {
            var thread = new Thread(runnable, "languagetool-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.tools = ThreadLocal.withInitial(factory);
    }

    <T> T use(Function<JLanguageTool, T> work) {
        var result = workers.submit(() -> work.apply(tools.get()));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("interrupted while waiting for a grammar checker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the grammar check failed", e.getCause());
        }
    }
}
