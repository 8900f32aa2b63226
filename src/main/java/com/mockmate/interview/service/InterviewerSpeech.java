package com.mockmate.interview.service;

import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechOutput;
import com.mockmate.speech.SynthesizedSpeech;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** The interviewer's lines as audio, for the session's owner, when the server makes speech (MOCKMATE_TTS_PROVIDER). */
@Service
public class InterviewerSpeech {

    private static final Logger log = LoggerFactory.getLogger(InterviewerSpeech.class);

    private final InterviewQueries queries;
    private final InterviewTurnRepository turns;
    private final SpeechOutput output;

    InterviewerSpeech(InterviewQueries queries, InterviewTurnRepository turns, SpeechOutput output) {
        this.queries = queries;
        this.turns = turns;
        this.output = output;
    }

    /** "browser" when the candidate's browser speaks the captions, else the server's TTS provider. */
    public String provider() {
        return output.provider();
    }

    public boolean serverSide() {
        return output.serverSide();
    }

    /** The greeting and first question. */
    public SynthesizedSpeech opening(AuthenticatedUser actor, UUID sessionId) {
        return speak(queries.get(actor, sessionId).openingText());
    }

    /** The interviewer's reply to one answer. */
    public SynthesizedSpeech reply(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        queries.own(actor, sessionId);
        var text = turns.findByIdAndSessionId(turnId, sessionId)
                .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."))
                .getInterviewerText();
        if (text == null) {
            throw new NotFoundException("The interviewer has not replied to this answer yet.");
        }
        return speak(text);
    }

    private SynthesizedSpeech speak(String text) {
        try {
            return output.speak(text)
                    .orElseThrow(() -> new NotFoundException("This server does not make speech audio"
                            + " (MOCKMATE_TTS_PROVIDER=browser): speak interviewerText with the client's own voice."));
        } catch (SpeechCallException e) {
            // The provider's message can name temp files or upstream details: the log keeps it, the client does not.
            log.warn("Interviewer speech failed ({}): {}", output.provider(), e.getMessage());
            throw new ErrorResponseException(
                    HttpStatus.BAD_GATEWAY,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_GATEWAY,
                            "The interviewer's voice is not available right now. Read the question on screen."),
                    e);
        }
    }
}
