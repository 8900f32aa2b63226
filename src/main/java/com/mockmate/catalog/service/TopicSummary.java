package com.mockmate.catalog.service;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record TopicSummary(UUID id, String name, @Nullable String description, long questionCount)
        implements Serializable {}
