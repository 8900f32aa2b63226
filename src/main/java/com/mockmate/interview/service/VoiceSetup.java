package com.mockmate.interview.service;

import java.io.Serializable;

/**
 * What the interview screen needs to offer spoken answers.
 *
 * @param consented the candidate already agreed to be recorded
 * @param recognizer who transcribes ("offline" is PocketSphinx)
 * @param lowAccuracy the recogniser often mishears: transcript review is suggested
 * @param serverSpeech the server makes the interviewer's audio; otherwise the browser speaks the captions
 */
public record VoiceSetup(
        boolean consented, String recognizer, boolean lowAccuracy, int retentionDays, boolean serverSpeech)
        implements Serializable {}
