package com.mockmate.scoring;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.languagetool.JLanguageTool;

/**
 * A few {@link JLanguageTool} instances shared by all threads. An instance is not thread-safe, takes about 27 MB and
 * a second to build, so there is one per concurrent check rather than one per thread: evaluations run on virtual
 * threads, and a ThreadLocal would build a new instance for nearly every answer. Instances are created lazily, at
 * most {@code size} of them; a caller waits when all are busy.
 */
final class LanguageToolPool {

    private final Supplier<JLanguageTool> factory;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<JLanguageTool> idle = new ConcurrentLinkedQueue<>();

    LanguageToolPool(int size, Supplier<JLanguageTool> factory) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        this.factory = factory;
        this.permits = new Semaphore(size, true);
    }

    <T> T use(Function<JLanguageTool, T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a grammar checker", e);
        }
        var tool = idle.poll();
        try {
            if (tool == null) {
                tool = factory.get();
            }
            return work.apply(tool);
        } finally {
            if (tool != null) {
                idle.offer(tool);
            }
            permits.release();
        }
    }
}
