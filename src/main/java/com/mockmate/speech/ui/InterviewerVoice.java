package com.mockmate.speech.ui;

import com.mockmate.speech.SynthesizedSpeech;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;

/**
 * Reads the interviewer's current line aloud ({@code <mm-interviewer-voice>}, scripts/interviewer-voice.js): with the
 * candidate's browser voice, or by playing audio the server made. The text is always shown as a caption; the
 * candidate can mute (remembered by the browser) and replay. Every {@code speak} call is a new line and plays again,
 * even when the text repeats.
 */
@Tag("mm-interviewer-voice")
public class InterviewerVoice extends Component implements HasSize {

    static final String MODULE = "context://scripts/interviewer-voice.js";

    private int line;

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule(MODULE);
    }

    /** The browser speaks the text with its own (preferably on-device, English) voice. */
    public void speak(String text) {
        getElement().removeAttribute("src");
        show(text);
    }

    /** Plays audio from a URL the application serves, for example a stored synthesis; the text is the caption. */
    public void speak(String text, String audioUrl) {
        getElement().setAttribute("src", audioUrl);
        show(text);
    }

    /** Plays server-made speech; the bytes stay with this component until the next line replaces them. */
    public void speak(String text, SynthesizedSpeech speech) {
        var audio = speech.audio();
        var contentType = speech.contentType();
        getElement()
                .setAttribute(
                        "src",
                        DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                new ByteArrayInputStream(audio), "interviewer-line", contentType, audio.length)));
        show(text);
    }

    /** Only the controls (replay, mute, "click to hear"): for a page that already shows the line as text. */
    public void setCompact(boolean compact) {
        getElement().setAttribute("compact", compact);
    }

    public void stop() {
        getElement().callJsFunction("stop");
    }

    /** The line has been spoken to the end (not when muted, stopped or blocked by the browser). */
    public Registration addFinishedListener(SerializableRunnable listener) {
        return getElement().addEventListener("speaking-ended", event -> listener.run());
    }

    private void show(String text) {
        getElement().setAttribute("text", text);
        getElement().setAttribute("line", String.valueOf(++line));
    }
}
