package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.SpokenAnswerService;
import com.mockmate.interview.service.VoiceSetups;
import com.mockmate.speech.ui.Recording;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/** What the interview view does with the voice side of the answer composer: consent, recordings, reviewed transcripts. */
class SpokenAnswering implements Serializable {

    private final ServiceRef<SpokenAnswerService> spokenAnswers;
    private final ServiceRef<VoiceSetups> voiceSetups;
    private final SerializableSupplier<UUID> sessionId;
    private final SerializableRunnable refresh;
    private int recordings;

    SpokenAnswering(
            ServiceRef<SpokenAnswerService> spokenAnswers,
            ServiceRef<VoiceSetups> voiceSetups,
            SerializableSupplier<UUID> sessionId,
            SerializableRunnable refresh) {
        this.spokenAnswers = spokenAnswers;
        this.voiceSetups = voiceSetups;
        this.sessionId = sessionId;
        this.refresh = refresh;
    }

    void giveConsent(AnswerComposer composer) {
        voiceSetups.get().giveConsent(AuthenticatedUser.required());
        composer.voice.recorder.setConsented(true);
    }

    /** Stores and starts processing the recording; a rejection is shown in the recorder, which keeps the recording. */
    void send(AnswerComposer composer, Recording recording, boolean reviewTranscript) {
        var upload = new SpokenAnswerService.AudioUpload(
                recording.audio(),
                recording.contentType(),
                "ui-voice-" + sessionId.get() + "-" + (++recordings),
                recording.browserTranscript(),
                reviewTranscript);
        try {
            spokenAnswers.get().submitAudio(AuthenticatedUser.required(), sessionId.get(), upload);
        } catch (ErrorResponseException e) {
            composer.voice.recorder.showError(
                    "Your answer was not sent", e.getBody().getDetail());
        }
        refresh.run();
    }

    void confirmTranscript(AnswerComposer composer, UUID turnId, String text) {
        try {
            spokenAnswers.get().confirmTranscript(AuthenticatedUser.required(), sessionId.get(), turnId, text);
            composer.review.hide();
        } catch (ErrorResponseException e) {
            TypedAnswering.showRejection(e);
        }
        refresh.run();
    }
}
