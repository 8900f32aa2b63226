package com.mockmate.support.sql;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What PostgreSQL's {@code log_statement = all} would log for the application's connections: every executed
 * statement (each entry of a batch on its own), the BEGIN that the driver sends before the first statement of a
 * transaction, COMMIT and ROLLBACK when a transaction is open, savepoints, and the pool's connection checks. Work done on a thread inside
 * {@link #uncounted} is left out: the test client's own reads, which are no part of what it measures.
 */
public final class StatementCounter {

    private final LongAdder statements = new LongAdder();
    private final LongAdder connectionChecks = new LongAdder();
    private final LongAdder ignoredStatements = new LongAdder();
    private final AtomicLong lastStatementAt = new AtomicLong(System.nanoTime());
    private final ThreadLocal<Boolean> inUncountedScope = ThreadLocal.withInitial(() -> false);

    void record(int count) {
        if (count <= 0) {
            return;
        }
        if (inUncountedScope.get()) {
            ignoredStatements.add(count);
        } else {
            statements.add(count);
            lastStatementAt.set(System.nanoTime());
        }
    }

    /** The driver checks a connection with an empty query, which PostgreSQL logs as a statement too. */
    void recordConnectionCheck() {
        if (!inUncountedScope.get()) {
            connectionChecks.increment();
        }
        record(1);
    }

    /** How many of {@link #count} were the pool's {@code Connection.isValid} checks. */
    public long connectionChecks() {
        return connectionChecks.sum();
    }

    /** The statements left out by {@link #uncounted}: together with {@link #count} all that PostgreSQL logged. */
    public long ignored() {
        return ignoredStatements.sum();
    }

    public long count() {
        return statements.sum();
    }

    public void reset() {
        statements.reset();
        connectionChecks.reset();
        ignoredStatements.reset();
    }

    public <T> T uncounted(Callable<T> work) throws Exception {
        var outer = inUncountedScope.get();
        inUncountedScope.set(true);
        try {
            return work.call();
        } finally {
            inUncountedScope.set(outer);
        }
    }

    /** Waits until no counted statement ran for the given time: the tail of an evaluation has finished. */
    public void awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long idle = System.nanoTime() - lastStatementAt.get();
            if (idle >= quiet.toNanos()) {
                return;
            }
            Thread.sleep(Math.max(1, (quiet.toNanos() - idle) / 1_000_000));
        }
        throw new IllegalStateException("Statements kept running for " + atMost);
    }
}
