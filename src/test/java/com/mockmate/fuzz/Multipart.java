package com.mockmate.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body built byte by byte, so that its parts can carry NUL, invalid UTF-8 or broken headers. */
final class Multipart {

    static final String BOUNDARY = "fuzz-7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, byte[] value) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        out.writeBytes(value);
        text("\r\n");
        return this;
    }

    Multipart field(String name, String value) {
        return field(name, value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String filename, byte[] contentType, byte[] content) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: ");
        out.writeBytes(contentType);
        text("\r\n\r\n");
        out.writeBytes(content);
        text("\r\n");
        return this;
    }

    Multipart file(String name, String filename, String contentType, byte[] content) {
        return file(name, filename, contentType.getBytes(StandardCharsets.UTF_8), content);
    }

    byte[] closed() {
        var copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return copy.toByteArray();
    }

    /** Without the closing boundary: a truncated upload. */
    byte[] unclosed() {
        return out.toByteArray();
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private void text(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
