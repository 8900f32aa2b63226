package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;

class LanguageToolPoolTest {

    @Test
    void creates_instances_lazily_and_never_lends_out_more_than_its_size() throws Exception {
        var created = new AtomicInteger();
        var inUse = new AtomicInteger();
        var mostInUse = new AtomicInteger();
        var pool = new LanguageToolPool(2, () -> {
            created.incrementAndGet();
            return mock(JLanguageTool.class);
        });
        assertThat(created).hasValue(0);

        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < 24; i++) {
            tasks.add(() -> pool.use(tool -> {
                mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                sleep();
                inUse.decrementAndGet();
                return null;
            }));
        }
        try (var executor = Executors.newFixedThreadPool(8)) {
            for (var future : executor.invokeAll(tasks)) {
                future.get();
            }
        }

        assertThat(created.get()).isBetween(1, 2);
        assertThat(mostInUse.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void takes_an_instance_back_when_the_work_fails() {
        var created = new AtomicInteger();
        var pool = new LanguageToolPool(1, () -> {
            created.incrementAndGet();
            return mock(JLanguageTool.class);
        });

        assertThatThrownBy(() -> pool.use(tool -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        String result = pool.use(tool -> "still usable");

        assertThat(result).isEqualTo("still usable");
        assertThat(created).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
