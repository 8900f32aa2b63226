package com.mockmate.speech.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The server side of an upload from {@code <mm-voice-recorder>}, without a browser: limits and delivery. */
class VoiceRecorderTest {

    private static final int LIMIT = 1000;

    private final List<Recording> received = new ArrayList<>();
    private VoiceRecorder recorder;

    @BeforeEach
    void attachRecorder() {
        MockVaadin.setup();
        recorder = new VoiceRecorder(DataSize.ofBytes(LIMIT), Duration.ofSeconds(60));
        recorder.addRecordingListener(received::add);
        UI.getCurrent().add(recorder);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void delivers_the_audio_with_its_length_and_browser_transcript_to_listeners() throws IOException {
        var event = upload(
                new byte[600],
                "audio/webm;codecs=opus",
                600,
                Map.of("X-Duration-Seconds", "3.25", "X-Browser-Transcript", "I%20would%20read%20the%20logs%2B"));

        recorder.upload.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(recording -> {
            assertThat(recording.audio()).hasSize(600);
            assertThat(recording.contentType()).isEqualTo("audio/webm;codecs=opus");
            assertThat(recording.durationSeconds()).isEqualTo(3.25);
            assertThat(recording.browserTranscript()).isEqualTo("I would read the logs+");
            assertThat(recording.clip().mediaType()).isEqualTo("audio/webm");
        });
    }

    @Test
    void rejects_a_recording_whose_declared_size_is_over_the_limit() throws IOException {
        var event = upload(new byte[LIMIT + 1], "audio/webm", LIMIT + 1, Map.of());

        recorder.upload.handleUploadRequest(event);

        assertThat(event.getRejectionMessage())
                .isEqualTo("The recording is too large (1 KB; the limit is 1 KB). Record a shorter answer.");
        assertThat(received).isEmpty();
    }

    @Test
    void rejects_an_oversized_body_sent_without_a_content_length() throws IOException {
        var event = upload(new byte[5 * LIMIT], "audio/webm", -1, Map.of());

        recorder.upload.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).startsWith("The recording is too large");
        assertThat(received).isEmpty();
    }

    @Test
    void rejects_an_empty_recording() throws IOException {
        var event = upload(new byte[0], "audio/webm", 0, Map.of());

        recorder.upload.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).isEqualTo("The recording is empty. Record your answer again.");
        assertThat(received).isEmpty();
    }

    @Test
    void rejects_a_body_that_is_not_audio() throws IOException {
        var event = upload(new byte[10], "text/html", 10, Map.of());

        recorder.upload.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).startsWith("Only audio can be sent as an answer");
        assertThat(received).isEmpty();
    }

    @Test
    void keeps_a_missing_or_implausible_length_within_the_answer_limit() throws IOException {
        recorder.upload.handleUploadRequest(upload(new byte[10], "audio/ogg", 10, Map.of("X-Duration-Seconds", "1e9")));
        recorder.upload.handleUploadRequest(upload(new byte[10], "audio/ogg", 10, Map.of("X-Duration-Seconds", "NaN")));
        recorder.upload.handleUploadRequest(upload(new byte[10], "audio/ogg", 10, Map.of()));

        assertThat(received).extracting(Recording::durationSeconds).containsExactly(61.0, 0.0, 0.0);
        assertThat(received).extracting(Recording::browserTranscript).containsOnlyNulls();
    }

    @Test
    void caps_the_recording_length_at_the_server_maximum() {
        recorder.setMaxSeconds(600);

        assertThat(recorder.getElement().getAttribute("max-seconds")).isEqualTo("60");
    }

    private UploadEvent upload(byte[] body, String contentType, long contentLength, Map<String, String> headers)
            throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(new ByteArrayInputStream(body));
        headers.forEach((name, value) -> when(request.getHeader(name)).thenReturn(value));
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                VaadinSession.getCurrent(),
                "answer",
                contentLength,
                contentType,
                recorder.getElement(),
                null);
    }
}
