package com.mockmate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Blobs as files under one directory (MOCKMATE_STORAGE_DIR). The content type lives in a sidecar file
 * {@code .<name>.meta} next to the blob, because probing a file's type from its name or bytes is unreliable (WebM audio
 * is easily taken for video). Dot-names cannot be keys (see {@link BlobKeys}), so sidecars and temporary files never
 * collide with blobs.
 */
final class LocalBlobStore implements BlobStore {

    private final Path root;

    LocalBlobStore(Path root) {
        try {
            this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the storage directory " + root, e);
        }
    }

    @Override
    public StoredBlob put(String key, InputStream content, long length, String contentType) {
        Path file = resolve(BlobKeys.requireSafeKey(key));
        String type = BlobKeys.contentTypeOrDefault(contentType);
        Path dataTemp = null;
        Path metaTemp = null;
        try {
            Files.createDirectories(file.getParent());
            // Write both files beside their targets, then rename: readers see the old blob or the new one, never a
            // half-written file, and a failed upload leaves the old blob untouched.
            dataTemp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            long written;
            try (var out = Files.newOutputStream(dataTemp, StandardOpenOption.TRUNCATE_EXISTING)) {
                // Read exactly `length` bytes, as the S3 SDK does, so both stores behave alike.
                written = new BoundedInputStream(content, length).transferTo(out);
            }
            if (written != length) {
                throw new IllegalArgumentException(
                        "Expected " + length + " bytes for " + key + " but the stream ended after " + written);
            }
            metaTemp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(metaTemp, type, StandardCharsets.UTF_8);
            moveAtomically(metaTemp, metaFile(file));
            moveAtomically(dataTemp, file);
            return new StoredBlob(key, length, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store blob " + key, e);
        } finally {
            deleteQuietly(dataTemp);
            deleteQuietly(metaTemp);
        }
    }

    @Override
    public Optional<BlobContent> get(String key) {
        Path file = resolve(BlobKeys.requireSafeKey(key));
        try {
            InputStream in = Files.newInputStream(file);
            long size = Files.size(file);
            return Optional.of(new BlobContent(in, contentType(file), size, size));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + key, e);
        }
    }

    @Override
    public Optional<BlobContent> getRange(String key, long start, long endInclusive) {
        Path file = resolve(BlobKeys.requireSafeKey(key));
        BlobKeys.requireValidRange(start, endInclusive);
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + key, e);
        }
        try {
            long size = channel.size();
            if (start >= size) {
                channel.close();
                throw new UnsatisfiableRangeException(key, start, size);
            }
            long end = Math.min(endInclusive, size - 1);
            channel.position(start);
            InputStream in = new BoundedInputStream(Channels.newInputStream(channel), end - start + 1);
            return Optional.of(new BlobContent(in, contentType(file), end - start + 1, size));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot read blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(BlobKeys.requireSafeKey(key)));
    }

    @Override
    public void delete(String key) {
        Path file = resolve(BlobKeys.requireSafeKey(key));
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(metaFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete blob " + key, e);
        }
    }

    @Override
    public void deleteByPrefix(String prefix) {
        BlobKeys.requireSafePrefix(prefix);
        // Walk only the deepest folder the prefix names, then match keys as strings, the way S3 does.
        int slash = prefix.lastIndexOf('/');
        Path base = slash < 0 ? root : resolve(prefix.substring(0, slash));
        if (!Files.isDirectory(base)) {
            return;
        }
        for (String key : keysUnder(base)) {
            if (key.startsWith(prefix)) {
                delete(key);
            }
        }
    }

    private List<String> keysUnder(Path base) {
        try (Stream<Path> files = Files.walk(base)) {
            List<String> keys = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> keys.add(root.relativize(p).toString().replace('\\', '/')));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list blobs under " + base, e);
        }
    }

    /** Keys are already validated; the containment check is a second line of defence should the rules ever loosen. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Blob key escapes the storage directory: " + key);
        }
        return path;
    }

    private static Path metaFile(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".meta");
    }

    private static String contentType(Path file) throws IOException {
        try {
            return BlobKeys.contentTypeOrDefault(Files.readString(metaFile(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // A file copied in by hand has no sidecar: guess rather than refuse to serve it.
            return BlobKeys.contentTypeOrDefault(Files.probeContentType(file));
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Only a leftover temporary dot-file, invisible to every key.
            }
        }
    }

    private static void closeQuietly(SeekableByteChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing with the original error.
        }
    }

    /** Files on this machine have no URL of their own: the application streams them. */
    @Override
    public Optional<URI> downloadUrl(String key, Duration validFor, String fileName) {
        BlobKeys.requireSafeKey(key);
        return Optional.empty();
    }
}
