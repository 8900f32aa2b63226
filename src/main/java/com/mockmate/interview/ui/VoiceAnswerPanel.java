package com.mockmate.interview.ui;

import com.mockmate.interview.service.VoiceSetup;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.ui.Recording;
import com.mockmate.speech.ui.VoiceRecorder;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Answering by voice: the recorder, how it starts and stops, and whether the transcript is checked before scoring.
 * With the offline recogniser the review is on by default, because it often mishears.
 */
class VoiceAnswerPanel extends VerticalLayout {

    final VoiceRecorder recorder;
    final Checkbox review = new Checkbox("Let me check the transcript before it is scored");
    final RadioButtonGroup<VoiceRecorder.Mode> mode = new RadioButtonGroup<>("Recording");
    final Checkbox livePreview = new Checkbox("Show a live preview while I speak");
    final Details options = new Details();

    VoiceAnswerPanel(SpeechProperties speech, VoiceSetup setup) {
        addClassName("mm-voice-panel");
        setPadding(false);
        setSpacing(false);
        recorder = new VoiceRecorder(speech);
        recorder.setWidthFull();
        recorder.setConsented(setup.consented());
        recorder.setRetentionDays(setup.retentionDays());
        recorder.setSilenceSeconds(speech.handsFreeSilence().toMillis() / 1000.0);

        mode.setItems(VoiceRecorder.Mode.PUSH_TO_TALK, VoiceRecorder.Mode.HANDS_FREE);
        mode.setItemLabelGenerator(m -> m == VoiceRecorder.Mode.PUSH_TO_TALK
                ? "Hold to talk (button or Space)"
                : "Hands-free (stops when you pause)");
        mode.setValue(VoiceRecorder.Mode.PUSH_TO_TALK);
        mode.addValueChangeListener(e -> recorder.setMode(e.getValue()));

        review.setValue(setup.lowAccuracy());
        var recognizer = new Span(
                setup.lowAccuracy()
                        ? "Transcribed offline on the server (low accuracy): checking the transcript is recommended."
                        : "Transcribed by " + setup.recognizer() + ".");
        recognizer.addClassName("mm-voice-recognizer");

        livePreview.setTooltipText("Uses your browser's speech recognition; in Chrome that sends your voice to Google."
                + " Only the server's transcript is scored.");
        livePreview.addValueChangeListener(e -> recorder.setLivePreview(e.getValue()));
        var choices = new HorizontalLayout(mode, review, livePreview);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.addClassName("mm-voice-options");
        choices.setWidthFull();
        // The recorder is what the candidate needs; how it records stays folded under one line saying how it is set.
        options.add(choices, recognizer);
        options.addClassName("mm-voice-settings");
        mode.addValueChangeListener(e -> describeOptions());
        review.addValueChangeListener(e -> describeOptions());
        describeOptions();
        add(recorder, options);
    }

    private void describeOptions() {
        options.setSummaryText("Recording options: "
                + (mode.getValue() == VoiceRecorder.Mode.HANDS_FREE ? "hands-free" : "hold to talk")
                + (review.getValue() ? ", transcript check on" : ""));
    }

    void onConsent(SerializableRunnable listener) {
        recorder.addConsentListener(listener);
    }

    /** The listener gets the recording and whether the candidate wants to review its transcript. */
    void onRecording(SerializableBiConsumer<Recording, Boolean> listener) {
        recorder.addRecordingListener(recording -> listener.accept(recording, review.getValue()));
    }
}
