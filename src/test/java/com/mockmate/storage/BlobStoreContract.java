package com.mockmate.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every {@link BlobStore} promises; each implementation's test extends this class. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    @Test
    void round_trips_content_with_its_type_and_length() throws IOException {
        StoredBlob stored = put("audio/7/turn-1.webm", "hello audio", "audio/webm");

        assertThat(stored).isEqualTo(new StoredBlob("audio/7/turn-1.webm", 11, "audio/webm"));
        try (BlobContent blob = store().get("audio/7/turn-1.webm").orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo("audio/webm");
            assertThat(blob.length()).isEqualTo(11);
            assertThat(blob.totalLength()).isEqualTo(11);
            assertThat(text(blob)).isEqualTo("hello audio");
        }
    }

    @Test
    void stores_a_missing_content_type_as_octet_stream() throws IOException {
        put("reports/1.bin", "x", null);

        try (BlobContent blob = store().get("reports/1.bin").orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void overwrites_an_existing_blob() throws IOException {
        put("resumes/3/cv.pdf", "first version", "application/pdf");
        put("resumes/3/cv.pdf", "second", "text/plain");

        try (BlobContent blob = store().get("resumes/3/cv.pdf").orElseThrow()) {
            assertThat(text(blob)).isEqualTo("second");
            assertThat(blob.contentType()).isEqualTo("text/plain");
            assertThat(blob.length()).isEqualTo(6);
        }
    }

    @Test
    void a_missing_key_is_empty() {
        assertThat(store().get("audio/7/none.webm")).isEmpty();
        assertThat(store().getRange("audio/7/none.webm", 0, 10)).isEmpty();
        assertThat(store().exists("audio/7/none.webm")).isFalse();
    }

    @Test
    void range_get_returns_exactly_the_requested_bytes() throws IOException {
        put("speech/line.mp3", "0123456789abcdef", "audio/mpeg");

        try (BlobContent blob = store().getRange("speech/line.mp3", 3, 7).orElseThrow()) {
            assertThat(text(blob)).isEqualTo("34567");
            assertThat(blob.length()).isEqualTo(5);
            assertThat(blob.totalLength()).isEqualTo(16);
            assertThat(blob.contentType()).isEqualTo("audio/mpeg");
        }
    }

    @Test
    void range_get_past_the_end_is_clamped_to_the_last_byte() throws IOException {
        put("speech/line.mp3", "0123456789", "audio/mpeg");

        try (BlobContent blob = store().getRange("speech/line.mp3", 8, 100).orElseThrow()) {
            assertThat(text(blob)).isEqualTo("89");
            assertThat(blob.length()).isEqualTo(2);
            assertThat(blob.totalLength()).isEqualTo(10);
        }
    }

    @Test
    void range_starting_beyond_the_end_is_unsatisfiable() {
        put("speech/line.mp3", "0123456789", "audio/mpeg");

        assertThatThrownBy(() -> store().getRange("speech/line.mp3", 10, 20))
                .isInstanceOfSatisfying(
                        UnsatisfiableRangeException.class,
                        e -> assertThat(e.totalLength()).isEqualTo(10));
        assertThatThrownBy(() -> store().getRange("speech/line.mp3", 5, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delete_removes_the_blob_and_tolerates_a_missing_one() {
        put("audio/7/turn-1.webm", "a", "audio/webm");

        store().delete("audio/7/turn-1.webm");
        store().delete("audio/7/turn-1.webm");

        assertThat(store().exists("audio/7/turn-1.webm")).isFalse();
        assertThat(store().get("audio/7/turn-1.webm")).isEmpty();
    }

    @Test
    void delete_by_prefix_removes_only_that_prefix() {
        put("audio/1/a.webm", "a", "audio/webm");
        put("audio/1/nested/b.webm", "b", "audio/webm");
        put("audio/10/c.webm", "c", "audio/webm");
        put("audio/2/d.webm", "d", "audio/webm");
        put("resumes/1/e.pdf", "e", "application/pdf");

        store().deleteByPrefix("audio/1/");

        assertThat(store().exists("audio/1/a.webm")).isFalse();
        assertThat(store().exists("audio/1/nested/b.webm")).isFalse();
        assertThat(store().exists("audio/10/c.webm")).isTrue();
        assertThat(store().exists("audio/2/d.webm")).isTrue();
        assertThat(store().exists("resumes/1/e.pdf")).isTrue();
    }

    @Test
    void delete_by_prefix_matches_plain_strings_like_s3() {
        put("audio/1/a.webm", "a", "audio/webm");
        put("audio/10/c.webm", "c", "audio/webm");
        put("audio/2/d.webm", "d", "audio/webm");

        store().deleteByPrefix("audio/1");

        assertThat(store().exists("audio/1/a.webm")).isFalse();
        assertThat(store().exists("audio/10/c.webm")).isFalse();
        assertThat(store().exists("audio/2/d.webm")).isTrue();
    }

    @Test
    void delete_by_prefix_with_nothing_under_it_does_nothing() {
        put("audio/2/d.webm", "d", "audio/webm");

        store().deleteByPrefix("nothing/here/");

        assertThat(store().exists("audio/2/d.webm")).isTrue();
    }

    @Test
    void exists_tells_whether_a_blob_is_there() {
        put("reports/9/r.pdf", "pdf", "application/pdf");

        assertThat(store().exists("reports/9/r.pdf")).isTrue();
        assertThat(store().exists("reports/9")).isFalse();
    }

    @Test
    void a_short_stream_fails_the_write_and_keeps_the_old_blob() throws IOException {
        put("audio/7/turn-1.webm", "old", "audio/webm");

        assertThatThrownBy(() -> store().put("audio/7/turn-1.webm", stream("new"), 10, "audio/webm"))
                .isInstanceOf(RuntimeException.class);

        try (BlobContent blob = store().get("audio/7/turn-1.webm").orElseThrow()) {
            assertThat(text(blob)).isEqualTo("old");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x",
                "a/../../x",
                "/abs",
                "a//b",
                "a\\b",
                "",
                "a/",
                "./a",
                "a/./b",
                ".hidden",
                "a/.x.meta",
                "c:/x",
                "a\u0000b"
            })
    void rejects_unsafe_keys(String key) {
        assertThatThrownBy(() -> store().put(key, stream("x"), 1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().getRange(key, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "../", "a//", "/abs/", "a\\b/"})
    void rejects_unsafe_prefixes(String prefix) {
        assertThatThrownBy(() -> store().deleteByPrefix(prefix)).isInstanceOf(IllegalArgumentException.class);
    }

    private StoredBlob put(String key, String content, String contentType) {
        return store().put(key, stream(content), content.getBytes(StandardCharsets.UTF_8).length, contentType);
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(BlobContent blob) throws IOException {
        return new String(blob.stream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
