package com.mockmate.speech.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.AudioSamples;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechFixtures;
import com.mockmate.speech.TimedWord;
import com.mockmate.speech.Transcript;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** The real pocketsphinx_continuous on speech that flite made, encoded as the browser uploads it. */
class PocketSphinxRecognizerTest {

    private static final String SENTENCE = "a database index makes queries faster";

    private final PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(SpeechFixtures.properties());

    private static void assertTimingsIncrease(List<TimedWord> words) {
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).startSeconds())
                    .as("start of %s", words.get(i).text())
                    .isGreaterThanOrEqualTo(words.get(i - 1).endSeconds());
        }
    }

    /** Recognised as "the database index makes clear is faster" by pocketsphinx 0.8+5prealpha. */
    @Test
    void recognises_most_keywords_of_a_spoken_technical_sentence_with_increasing_timings() {
        var clip = new AudioClip(AudioSamples.webm(AudioSamples.spokenWav(SENTENCE)), "audio/webm;codecs=opus");

        var transcript = recognizer.transcribe(clip);

        assertMostKeywordsHeard(transcript, SENTENCE);
        assertTimingsIncrease(transcript.words());
        assertThat(transcript.words().getLast().endSeconds()).isLessThanOrEqualTo(transcript.audioSeconds());
        assertThat(transcript.provider()).isEqualTo("offline");
        assertThat(transcript.lowAccuracy()).isTrue();
    }

    /** Recognised as "the quick brown fox jumped over the lazy dog". */
    @Test
    void recognises_a_wav_recording() {
        var sentence = "the quick brown fox jumps over the lazy dog";

        var transcript = recognizer.transcribe(new AudioClip(AudioSamples.spokenWav(sentence), "audio/wav"));

        assertMostKeywordsHeard(transcript, sentence);
        assertTimingsIncrease(transcript.words());
    }

    /** At least three of the sentence's longer words (the offline model is often wrong on short ones). */
    private static void assertMostKeywordsHeard(Transcript transcript, String sentence) {
        var heard = Arrays.asList(transcript.text().split(" "));
        var keywords = Arrays.stream(sentence.split(" "))
                .filter(word -> word.length() > 3)
                .toList();
        assertThat(keywords.stream().filter(heard::contains).count())
                .as("keywords %s in \"%s\"", keywords, transcript.text())
                .isGreaterThanOrEqualTo(Math.min(3, keywords.size()));
        assertThat(transcript.words()).extracting(TimedWord::text).containsExactlyElementsOf(heard);
    }

    @Test
    void recognises_a_ten_second_answer_without_markers_in_the_words(TestReporter reporter) {
        var answer = "A hash map stores keys and values. It uses a hash function to pick a bucket for each key. "
                + "When two keys collide, the bucket keeps a small list, so lookups stay fast on average.";
        var clip = new AudioClip(AudioSamples.webm(AudioSamples.spokenWav(answer)), "audio/webm");

        long started = System.nanoTime();
        var transcript = recognizer.transcribe(clip);
        double seconds = (System.nanoTime() - started) / 1e9;

        reporter.publishEntry(
                "recognition",
                "%.1f s of audio in %.2f s: %s".formatted(transcript.audioSeconds(), seconds, transcript.text()));
        assertThat(transcript.audioSeconds()).isGreaterThan(9.0);
        assertThat(transcript.words()).hasSizeGreaterThan(20);
        assertThat(transcript.words())
                .extracting(TimedWord::text)
                .allMatch(word -> word.matches("[a-z']+"), "plain lower-case words");
        assertTimingsIncrease(transcript.words());
    }

    @Test
    void a_silent_recording_gives_an_empty_transcript() {
        Transcript transcript = recognizer.transcribe(new AudioClip(AudioSamples.silentWebm(2.0), "audio/webm"));

        assertThat(transcript.isBlank()).isTrue();
        assertThat(transcript.words()).isEmpty();
        assertThat(transcript.audioSeconds()).isCloseTo(2.0, within(0.05));
        assertThat(transcript.provider()).isEqualTo("offline");
    }

    @Test
    void bytes_that_are_not_audio_fail_with_a_readable_reason() {
        var garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertThatThrownBy(() -> recognizer.transcribe(new AudioClip(garbage, "audio/webm")))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageStartingWith("ffmpeg could not read this recording");
    }

    @Test
    void says_when_pocketsphinx_is_not_installed() {
        var missing = new PocketSphinxRecognizer(
                SpeechFixtures.properties(Map.of("offline.pocketsphinx", "/nonexistent/pocketsphinx_continuous")));
        var clip = new AudioClip(AudioSamples.spokenWav(SENTENCE), "audio/wav");

        assertThatThrownBy(() -> missing.transcribe(clip))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageStartingWith("/nonexistent/pocketsphinx_continuous is not installed");
    }

    @Test
    void says_where_the_model_was_expected_when_it_is_missing() {
        var noModel = new PocketSphinxRecognizer(
                SpeechFixtures.properties(Map.of("offline.pocketsphinx-model-dir", "/nonexistent/model")));
        var clip = new AudioClip(AudioSamples.spokenWav(SENTENCE), "audio/wav");

        assertThatThrownBy(() -> noModel.transcribe(clip))
                .isInstanceOf(SpeechCallException.class)
                .hasMessage("The PocketSphinx model is not in /nonexistent/model; install pocketsphinx-en-us or set"
                        + " MOCKMATE_POCKETSPHINX_MODEL_DIR");
    }
}
