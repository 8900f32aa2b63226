package com.mockmate.scoring;

import java.io.Serializable;
import java.util.List;

/** One LanguageTool finding in an answer: what is wrong, where, and what would fix it. */
public record GrammarFinding(
        String message, String excerpt, int offset, int length, List<String> suggestions, String rule)
        implements Serializable {}
