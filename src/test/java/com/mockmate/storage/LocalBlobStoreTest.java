package com.mockmate.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    private LocalBlobStore store;

    @BeforeEach
    void createStore() {
        store = new LocalBlobStore(root.resolve("blobs"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void writes_inside_the_storage_directory_and_leaves_no_temporary_files() throws IOException {
        store.put("audio/7/turn-1.webm", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "audio/webm");

        assertThat(root.resolve("blobs/audio/7/turn-1.webm")).hasBinaryContent(new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.list(root.resolve("blobs/audio/7"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("turn-1.webm", ".turn-1.webm.meta");
        }
    }

    @Test
    void guesses_the_type_of_a_file_without_a_sidecar() throws IOException {
        Files.createDirectories(root.resolve("blobs/reports"));
        Files.writeString(root.resolve("blobs/reports/r.txt"), "copied by hand");

        try (BlobContent blob = store.get("reports/r.txt").orElseThrow()) {
            assertThat(blob.contentType()).isNotBlank();
            assertThat(blob.length()).isEqualTo(14);
        }
    }

    @Test
    void has_no_download_url_so_the_application_streams_the_file() {
        assertThat(store.downloadUrl("resumes/u1/r1.pdf", java.time.Duration.ofMinutes(5), "r1.pdf"))
                .isEmpty();
    }
}
