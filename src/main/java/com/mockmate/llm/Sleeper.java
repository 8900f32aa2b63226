package com.mockmate.llm;

import java.time.Duration;

/** Waits between transport retries; tests pass one that only records the delays. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper threadSleep() {
        return Thread::sleep;
    }
}
