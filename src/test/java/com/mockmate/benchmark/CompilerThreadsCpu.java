package com.mockmate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time of the JIT's compiler threads, read from Linux's per-thread accounting. The JVM reports only their elapsed
 * time, which on a busy machine includes the time they waited for a core; the CPU they used is what a steady state
 * would not spend, so the benchmark can say how much of an answer's CPU was still compilation.
 */
final class CompilerThreadsCpu {

    /** Linux's USER_HZ, the unit of /proc's utime and stime, is 100 on every architecture the JDK supports. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Long> ticksByThread;

    private CompilerThreadsCpu(Map<String, Long> ticksByThread) {
        this.ticksByThread = ticksByThread;
    }

    static CompilerThreadsCpu now() {
        var ticks = new HashMap<String, Long>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> compilerTicks(task)
                    .ifPresent(t -> ticks.put(task.getFileName().toString(), t)));
        } catch (IOException | UncheckedIOException e) {
            return new CompilerThreadsCpu(Map.of());
        }
        return new CompilerThreadsCpu(ticks);
    }

    /**
     * Nanoseconds the compiler threads ran since {@code earlier}; a thread that ended in between is left out, so the
     * figure errs low rather than high.
     */
    long nanosSince(CompilerThreadsCpu earlier) {
        long ticks = 0;
        for (var entry : ticksByThread.entrySet()) {
            ticks += entry.getValue() - earlier.ticksByThread.getOrDefault(entry.getKey(), 0L);
        }
        return ticks * NANOS_PER_TICK;
    }

    private static Optional<Long> compilerTicks(Path task) {
        try {
            // HotSpot names them "C1 CompilerThre" and "C2 CompilerThre" (the kernel keeps 15 characters).
            if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                return Optional.empty();
            }
            // The command name sits in parentheses and may hold spaces; the fields after it are space-separated.
            var stat = Files.readString(task.resolve("stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
