package com.mockmate.interview.service;

import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.KeyPointsCovered;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * A finished interview with what only its report reveals: the questions as they were asked, with their key points and
 * example answers, and which model evaluated each turn.
 *
 * @param models the model name per evaluated turn id; absent for turns evaluated before models were recorded
 * @param coverage the key points covered and missed per answered question, by question position
 */
public record CompletedInterview(
        SessionDetails session,
        DrawnQuestions questions,
        Map<UUID, String> models,
        Map<Integer, KeyPointsCovered> coverage)
        implements Serializable {}
