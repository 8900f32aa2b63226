package com.mockmate.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An open blob. {@code length} is the number of bytes in {@code stream}; {@code totalLength} is the size of the whole
 * blob, which differs for a range and is what an HTTP {@code Content-Range} header needs.
 */
public record BlobContent(InputStream stream, String contentType, long length, long totalLength) implements Closeable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
