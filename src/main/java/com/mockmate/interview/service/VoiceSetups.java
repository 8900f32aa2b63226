package com.mockmate.interview.service;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.speech.SpeechOutput;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.RecordingConsent;
import org.springframework.stereotype.Service;

/** What a candidate's interview screen offers for speaking, and the consent it asks for once. */
@Service
public class VoiceSetups {

    private final RecordingConsent consent;
    private final SpeechRecognizer recognizer;
    private final SpeechOutput speechOutput;
    private final InterviewProperties properties;

    VoiceSetups(
            RecordingConsent consent,
            SpeechRecognizer recognizer,
            SpeechOutput speechOutput,
            InterviewProperties properties) {
        this.consent = consent;
        this.recognizer = recognizer;
        this.speechOutput = speechOutput;
        this.properties = properties;
    }

    public VoiceSetup setup(AuthenticatedUser actor) {
        return new VoiceSetup(
                consent.given(actor.id()),
                recognizer.provider(),
                recognizer.lowAccuracy(),
                properties.audioRetentionDays(),
                speechOutput.serverSide());
    }

    public void giveConsent(AuthenticatedUser actor) {
        consent.give(actor.id());
    }
}
