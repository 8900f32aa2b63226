package com.mockmate.storage;

/**
 * The one place that decides which keys are safe. Keys become file paths in {@link LocalBlobStore}, so anything that
 * could climb out of the storage directory or alias another key is refused, for both stores alike.
 */
final class BlobKeys {

    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private BlobKeys() {}

    /**
     * Accepts only relative paths of non-empty segments. Segments may not start with a dot: that rules out "." and
     * "..", and leaves dot-names free for the local store's sidecar and temporary files.
     */
    static String requireSafeKey(String key) {
        requireSafe(key, "key");
        if (key.endsWith("/")) {
            throw new IllegalArgumentException("Blob key must not end with '/': " + key);
        }
        return key;
    }

    /** A prefix follows the key rules but may end with "/"; an empty prefix would delete everything and is refused. */
    static String requireSafePrefix(String prefix) {
        requireSafe(prefix, "prefix");
        return prefix;
    }

    static String contentTypeOrDefault(String contentType) {
        return contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType.strip();
    }

    static void requireValidRange(long start, long endInclusive) {
        if (start < 0 || endInclusive < start) {
            throw new IllegalArgumentException("Invalid byte range " + start + "-" + endInclusive);
        }
    }

    private static void requireSafe(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Blob " + what + " must not be empty");
        }
        if (value.startsWith("/") || value.indexOf('\\') >= 0 || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(
                    "Blob " + what + " must be a relative path with '/' separators: " + printable(value));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("Blob " + what + " contains a control character");
            }
        }
        String body = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                throw new IllegalArgumentException(
                        "Blob " + what + " has an empty or dot segment: " + printable(value));
            }
        }
    }

    private static String printable(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "..." : value;
    }
}
