package com.mockmate.storage;

/** A range that starts at or after the end of the blob; an HTTP layer answers 416 with the total length. */
public class UnsatisfiableRangeException extends RuntimeException {

    private final long totalLength;

    UnsatisfiableRangeException(String key, long start, long totalLength) {
        super("Range start " + start + " is beyond the " + totalLength + " bytes of " + key);
        this.totalLength = totalLength;
    }

    public long totalLength() {
        return totalLength;
    }
}
