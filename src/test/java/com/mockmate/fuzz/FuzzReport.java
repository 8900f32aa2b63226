package com.mockmate.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Counts per operation, printed at the end: how many requests each got, and how they were answered. */
final class FuzzReport {

    private final long seed;
    private final Map<String, Map<String, Integer>> counts = new ConcurrentHashMap<>();

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void count(String operation, String caller, int status) {
        var row = counts.computeIfAbsent(operation, key -> new TreeMap<>());
        row.merge("requests", 1, Integer::sum);
        row.merge(caller, 1, Integer::sum);
        row.merge(status / 100 + "xx", 1, Integer::sum);
    }

    void note(String operation, String what) {
        counts.computeIfAbsent(operation, key -> new TreeMap<>()).merge(what, 1, Integer::sum);
    }

    void took(String operation, long nanos) {
        counts.computeIfAbsent(operation, key -> new TreeMap<>()).put("ms", (int) (nanos / 1_000_000));
    }

    int total() {
        return counts.values().stream()
                .mapToInt(row -> row.getOrDefault("requests", 0))
                .sum();
    }

    String render() {
        var out = new StringBuilder("API fuzzing, seed " + seed + " (-Dmockmate.fuzz.seed=" + seed + " repeats it): "
                + total() + " requests\n");
        new TreeMap<>(counts).forEach((operation, row) -> out.append(String.format("  %-62s %s%n", operation, row)));
        return out.toString();
    }
}
