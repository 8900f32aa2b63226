package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/** Streams a candidate's own recordings of one session, each only after the service has checked that it is theirs. */
final class OwnRecordings {

    private OwnRecordings() {}

    static SerializableFunction<UUID, DownloadHandler> of(ServiceRef<RecordingService> recordings, UUID sessionId) {
        return turnId -> DownloadHandler.fromInputStream(event -> {
            var clip = recordings.get().recording(AuthenticatedUser.required(), sessionId, turnId);
            return new DownloadResponse(
                    new ByteArrayInputStream(clip.bytes()), "answer", clip.contentType(), clip.bytes().length);
        });
    }
}
