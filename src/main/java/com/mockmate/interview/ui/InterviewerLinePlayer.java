package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.InterviewerSpeech;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.speech.ui.InterviewerVoice;
import com.mockmate.user.domain.AuthenticatedUser;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/**
 * Speaks each new interviewer line once: with the server's voice when it makes one, else with the browser's. A line
 * the server cannot voice (a provider failure) is spoken by the browser instead, so the interview never goes quiet.
 */
class InterviewerLinePlayer implements Serializable {

    private final InterviewerVoice voice;
    private final ServiceRef<InterviewerSpeech> speech;
    private final boolean serverSpeech;
    private String spokenLine = "";

    InterviewerLinePlayer(InterviewerVoice voice, ServiceRef<InterviewerSpeech> speech, boolean serverSpeech) {
        this.voice = voice;
        this.speech = speech;
        this.serverSpeech = serverSpeech;
    }

    void playLatest(UUID sessionId, SessionDetails session) {
        var line = session.latestInterviewerLine();
        if (line.text().equals(spokenLine)) {
            return;
        }
        spokenLine = line.text();
        if (!serverSpeech) {
            voice.speak(line.text());
            return;
        }
        var actor = AuthenticatedUser.required();
        try {
            var audio = line.turnId() == null
                    ? speech.get().opening(actor, sessionId)
                    : speech.get().reply(actor, sessionId, line.turnId());
            voice.speak(line.text(), audio);
        } catch (ErrorResponseException e) {
            voice.speak(line.text());
        }
    }
}
