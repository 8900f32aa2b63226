package com.mockmate.interview.voice;

import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.speech.AudioClip;
import com.mockmate.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where answer recordings live in the blob store: {@code audio/<userId>/<sessionId>/<turnId>.<ext>}, so that one
 * prefix holds everything a candidate recorded and "delete my recordings" is a single prefix delete.
 */
@Component
public class RecordingStore {

    /** The audio types browsers record and providers take; the key's extension follows the type. */
    public static final Map<String, String> EXTENSIONS = Map.of(
            "audio/webm", "webm",
            "audio/ogg", "ogg",
            "audio/wav", "wav",
            "audio/x-wav", "wav",
            "audio/wave", "wav",
            "audio/mpeg", "mp3",
            "audio/mp4", "m4a",
            "audio/x-m4a", "m4a",
            "audio/aac", "aac",
            "audio/flac", "flac");

    private final BlobStore blobs;

    RecordingStore(BlobStore blobs) {
        this.blobs = blobs;
    }

    public static boolean supports(String mediaType) {
        return EXTENSIONS.containsKey(mediaType.toLowerCase(Locale.ROOT));
    }

    public String store(UUID userId, UUID sessionId, UUID turnId, AudioClip clip) {
        var key = "audio/" + userId + "/" + sessionId + "/" + turnId + "." + EXTENSIONS.get(clip.mediaType());
        blobs.put(key, new ByteArrayInputStream(clip.bytes()), clip.bytes().length, clip.contentType());
        return key;
    }

    public Optional<AudioClip> load(SpokenAnswer spoken) {
        var key = spoken.getAudioKey();
        if (key == null) {
            return Optional.empty();
        }
        return blobs.get(key).map(content -> {
            try (content) {
                return new AudioClip(content.stream().readAllBytes(), content.contentType());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the recording " + key, e);
            }
        });
    }

    public void delete(String key) {
        blobs.delete(key);
    }

    public void deleteAllOf(UUID userId) {
        blobs.deleteByPrefix("audio/" + userId + "/");
    }
}
