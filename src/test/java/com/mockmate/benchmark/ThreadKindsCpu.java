package com.mockmate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU time of the JVM's threads by what they do, read from Linux's per-thread accounting, which also sees the threads
 * Java cannot name (the JIT's compilers, the garbage collector). The JVM reports only the compilers' elapsed time,
 * which on a busy machine includes the time they waited for a core; the CPU they used is what a steady state would not
 * spend, so the benchmark can say how much of an answer's CPU was still compilation, and where the rest went.
 */
final class ThreadKindsCpu {

    enum Kind {
        /** Virtual threads' carriers: requests, the evaluation pipeline and the benchmark's candidates. */
        VIRTUAL_THREADS("virtual threads (requests, evaluation, candidates)"),
        GRAMMAR("grammar check"),
        LOAD_CLIENT("the benchmark's HTTP and WebSocket client"),
        REDIS_CLIENT("Redis client"),
        GC("garbage collector"),
        JIT("JIT compilers"),
        OTHER("other");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        /** By the name the kernel keeps, the thread name's first 15 characters. */
        static Kind of(String comm) {
            if (comm.contains("CompilerThre")) {
                return JIT;
            }
            if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                return GC;
            }
            if (comm.startsWith("languagetool-")) {
                return GRAMMAR;
            }
            if (comm.startsWith("ForkJoinPool")) {
                return VIRTUAL_THREADS;
            }
            if (comm.startsWith("HttpClient-")) {
                return LOAD_CLIENT;
            }
            if (comm.startsWith("lettuce-")) {
                return REDIS_CLIENT;
            }
            return OTHER;
        }
    }

    private record Task(Kind kind, long ticks) {}

    /** Linux's USER_HZ, the unit of /proc's utime and stime, is 100 on every architecture the JDK supports. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Task> tasks;

    private ThreadKindsCpu(Map<String, Task> tasks) {
        this.tasks = tasks;
    }

    static ThreadKindsCpu now() {
        var tasks = new HashMap<String, Task>();
        try (var listing = Files.list(Path.of("/proc/self/task"))) {
            listing.forEach(task ->
                    read(task).ifPresent(t -> tasks.put(task.getFileName().toString(), t)));
        } catch (IOException | UncheckedIOException e) {
            return new ThreadKindsCpu(Map.of());
        }
        return new ThreadKindsCpu(tasks);
    }

    /** Nanoseconds the JIT's compiler threads ran since {@code earlier}. */
    long jitNanosSince(ThreadKindsCpu earlier) {
        return nanosSince(earlier).getOrDefault(Kind.JIT, 0L);
    }

    /**
     * Nanoseconds each kind of thread ran since {@code earlier}; a thread that ended in between is left out, so the
     * figures err low rather than high.
     */
    Map<Kind, Long> nanosSince(ThreadKindsCpu earlier) {
        var byKind = new EnumMap<Kind, Long>(Kind.class);
        for (var entry : tasks.entrySet()) {
            var before = earlier.tasks.get(entry.getKey());
            long ticks = entry.getValue().ticks() - (before == null ? 0 : before.ticks());
            byKind.merge(entry.getValue().kind(), ticks * NANOS_PER_TICK, Long::sum);
        }
        return byKind;
    }

    /** "virtual threads (...) 9.1, grammar check 5.0, ..." in milliseconds per {@code count}. */
    static String perItem(Map<Kind, Long> nanos, int count) {
        return nanos.entrySet().stream()
                .sorted(Map.Entry.<Kind, Long>comparingByValue().reversed())
                .map(entry -> String.format("%s %.1f", entry.getKey().label, entry.getValue() / 1e6 / count))
                .collect(Collectors.joining(", "));
    }

    private static Optional<Task> read(Path task) {
        try {
            var comm = Files.readString(task.resolve("comm")).strip();
            // The command name sits in parentheses and may hold spaces; the fields after it are space-separated.
            var stat = Files.readString(task.resolve("stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Task(Kind.of(comm), Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
