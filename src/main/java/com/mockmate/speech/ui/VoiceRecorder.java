package com.mockmate.speech.ui;

import com.mockmate.speech.SpeechProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * The candidate's microphone: {@code <mm-voice-recorder>} (scripts/voice-recorder.js) asks for consent, records,
 * lets the candidate listen back and uploads the answer with its length and the browser's live transcript. Listeners
 * get it as one {@link Recording}, on the UI thread, once the whole upload has arrived.
 */
@Tag("mm-voice-recorder")
public class VoiceRecorder extends Component implements HasSize {

    static final String MODULE = "context://scripts/voice-recorder.js";

    public enum Mode {
        PUSH_TO_TALK("push-to-talk"),
        HANDS_FREE("hands-free");

        private final String attribute;

        Mode(String attribute) {
            this.attribute = attribute;
        }
    }

    private final Duration maxAnswer;
    final RecordingUpload upload;
    private final List<SerializableConsumer<Recording>> recordingListeners = new ArrayList<>();

    public VoiceRecorder(SpeechProperties properties) {
        this(properties.maxAudioSize(), properties.maxAnswerDuration());
    }

    public VoiceRecorder(DataSize maxAudioSize, Duration maxAnswer) {
        this.maxAnswer = maxAnswer;
        var maxBytes = maxAudioSize.toBytes();
        upload = new RecordingUpload(maxBytes, maxAnswer, this::received);
        getElement().setAttribute("upload-target", upload);
        getElement().setAttribute("max-bytes", String.valueOf(maxBytes));
        getElement().setAttribute("max-seconds", String.valueOf(maxAnswer.toSeconds()));
        setMode(Mode.PUSH_TO_TALK);
        // Listeners run inside the upload request, whose answer is not a UI update: this event, sent by the browser
        // once the upload is done, is the round trip that carries their changes to the screen.
        getElement().addEventListener("recording-sent", event -> {});
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule(MODULE);
    }

    public void setConsented(boolean consented) {
        getElement().setAttribute("consented", consented);
    }

    public void setMode(Mode mode) {
        getElement().setAttribute("mode", mode.attribute);
    }

    /** Hands-free mode stops after this much silence, counted only once the candidate has started speaking. */
    public void setSilenceSeconds(double seconds) {
        getElement().setAttribute("silence-seconds", String.format(Locale.ROOT, "%.1f", seconds));
    }

    /** The longest answer the element records; capped by the server's maximum answer duration. */
    public void setMaxSeconds(int seconds) {
        var capped = Math.min(seconds, maxAnswer.toSeconds());
        getElement().setAttribute("max-seconds", String.valueOf(capped));
    }

    /** While busy (the previous answer is processed) every control is disabled; uploads still finish. */
    public void setBusy(boolean busy) {
        getElement().setAttribute("busy", busy);
    }

    /** How long recordings are kept, as promised in the consent text. */
    public void setRetentionDays(int days) {
        getElement().setAttribute("retention-days", String.valueOf(days));
    }

    /** Shows the browser's own speech recognition while recording (Chrome sends that audio to Google). */
    public void setLivePreview(boolean livePreview) {
        getElement().setAttribute("live-preview", livePreview);
    }

    /** Shows an error inside the element, for example when the server could not use a recording. */
    public void showError(String title, String help) {
        getElement().callJsFunction("showError", title, help);
    }

    public Registration addRecordingListener(SerializableConsumer<Recording> listener) {
        recordingListeners.add(listener);
        return () -> recordingListeners.remove(listener);
    }

    /** The candidate pressed "Allow recording": store the consent, then call {@link #setConsented(boolean)}. */
    public Registration addConsentListener(SerializableRunnable listener) {
        return getElement().addEventListener("consent-given", event -> listener.run());
    }

    private void received(Recording recording) {
        List.copyOf(recordingListeners).forEach(listener -> listener.accept(recording));
    }
}
