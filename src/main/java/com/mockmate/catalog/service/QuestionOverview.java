package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Difficulty;
import java.io.Serializable;
import java.util.UUID;

/** What anybody may know about a question without seeing it: for assessment cards shown to candidates. */
public record QuestionOverview(UUID id, UUID topicId, String topicName, Difficulty difficulty, boolean archived)
        implements Serializable {}
