package com.mockmate.speech.ui;

import com.mockmate.speech.SynthesizedSpeech;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * Test-only page hosting both speech components, so a real browser can drive them: it shows what the server received.
 * {@code ?max-kb=N} lowers the upload limit, to see the refusal in the element.
 */
@Route(value = "test-harness/voice", autoLayout = false)
@AnonymousAllowed
public class RecorderHarnessView extends VerticalLayout implements BeforeEnterObserver {

    static final String QUESTION = "Tell me about a time you fixed a difficult production bug.";

    final InterviewerVoice voice = new InterviewerVoice();
    final Paragraph received = new Paragraph("Nothing received yet.");

    public RecorderHarnessView() {
        addClassNames("mm-page");
        setMaxWidth("760px");
        received.setId("received");
        voice.speak(QUESTION);
        var browserVoice = new Button("Browser voice", e -> voice.speak(QUESTION));
        var serverVoice =
                new Button("Server audio", e -> voice.speak(QUESTION, new SynthesizedSpeech(beep(), "audio/wav")));
        add(new H2("Voice answer"), voice, new HorizontalLayout(browserVoice, serverVoice));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var maxKb = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("max-kb")
                .map(Integer::parseInt);
        var recorder = new VoiceRecorder(DataSize.ofKilobytes(maxKb.orElse(10 * 1024)), Duration.ofSeconds(60));
        if (maxKb.isPresent()) {
            // Without the browser's own size check, the test sees the server's refusal.
            recorder.getElement().removeAttribute("max-bytes");
        }
        recorder.setRetentionDays(30);
        recorder.setSilenceSeconds(1.5);
        recorder.setMaxSeconds(30);
        recorder.addConsentListener(() -> recorder.setConsented(true));
        var finish = new Button("Finish processing", e -> recorder.setBusy(false));
        finish.setEnabled(false);
        recorder.addRecordingListener(recording -> {
            received.setText(String.format(
                    Locale.ROOT,
                    "Received %d bytes, %s, %.1f s, transcript: %s",
                    recording.audio().length,
                    recording.contentType(),
                    recording.durationSeconds(),
                    recording.browserTranscript()));
            recorder.setBusy(true);
            finish.setEnabled(true);
        });
        var mode = new RadioButtonGroup<VoiceRecorder.Mode>("Mode");
        mode.setItems(VoiceRecorder.Mode.values());
        mode.setItemLabelGenerator(m -> m == VoiceRecorder.Mode.HANDS_FREE ? "Hands-free" : "Push to talk");
        mode.setValue(VoiceRecorder.Mode.PUSH_TO_TALK);
        mode.addValueChangeListener(e -> recorder.setMode(e.getValue()));
        recorder.setWidthFull();
        add(mode, recorder, received, finish);
    }

    /** Half a second of a 440 Hz tone as 16-bit mono WAV: stands in for speech a provider made. */
    private static byte[] beep() {
        int rate = 16_000;
        int samples = rate / 2;
        var pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            pcm.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVEfmt ".getBytes());
        header.putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2);
        header.putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt(samples * 2);
        var wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(pcm.array());
        return wav.toByteArray();
    }
}
