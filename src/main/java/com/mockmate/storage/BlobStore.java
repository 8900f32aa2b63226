package com.mockmate.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Binary objects (recordings, synthesized speech, resumes, reports) addressed by a relative key such as
 * {@code audio/<userId>/<turnId>.webm}. Two implementations: the local filesystem for single-machine installs and S3
 * (or an S3-compatible server). Every method rejects unsafe keys with {@link IllegalArgumentException}; see
 * {@link BlobKeys} for the rules.
 */
public interface BlobStore {

    /** Blobs as files under {@code root}, created when missing. */
    static BlobStore local(Path root) {
        return new LocalBlobStore(root);
    }

    /**
     * Stores exactly {@code length} bytes read from {@code content}, replacing any blob under the same key. The caller
     * keeps ownership of the stream; bytes past {@code length} are not read. A stream that ends early fails the write
     * and leaves the old blob in place.
     */
    StoredBlob put(String key, InputStream content, long length, String contentType);

    /** The whole blob, or empty if there is none. The caller must close the returned content. */
    Optional<BlobContent> get(String key);

    /**
     * Bytes {@code start} to {@code endInclusive} (clamped to the last byte, as HTTP does), or empty if there is no
     * blob. The caller must close the returned content.
     *
     * @throws UnsatisfiableRangeException if {@code start} lies at or beyond the end of the blob
     */
    Optional<BlobContent> getRange(String key, long start, long endInclusive);

    boolean exists(String key);

    /** Removes the blob if present; deleting a missing key is not an error. */
    void delete(String key);

    /**
     * Removes every blob whose key starts with {@code prefix}. The match is on the plain string, as in S3: pass
     * {@code "audio/42/"} to mean that folder, since {@code "audio/42"} also matches {@code "audio/420/..."}.
     */
    void deleteByPrefix(String prefix);

    /**
     * A URL from which anyone holding it can download the blob during {@code validFor}, saved as {@code fileName}: for
     * stores that can sign one (S3), so that a large file does not pass through the application. Empty for the others:
     * the caller then streams {@link #get(String)} itself.
     */
    Optional<URI> downloadUrl(String key, Duration validFor, String fileName);
}
