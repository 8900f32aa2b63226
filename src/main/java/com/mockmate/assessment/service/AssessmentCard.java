package com.mockmate.assessment.service;

import com.mockmate.catalog.domain.Difficulty;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A published assessment as a candidate browses it: what it covers, never its questions' text or answer keys. */
public record AssessmentCard(
        UUID id,
        String title,
        @Nullable String description,
        int questionCount,
        @Nullable Integer timeLimitMinutes,
        List<String> topics,
        Map<Difficulty, Long> difficultyMix)
        implements Serializable {}
