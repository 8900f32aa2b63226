package com.mockmate.benchmark;

/** How a benchmark candidate learns that an answer was evaluated (or failed); closed when the candidate is done. */
interface TurnWaiter extends AutoCloseable {

    void await(String turnId);

    @Override
    void close();
}
