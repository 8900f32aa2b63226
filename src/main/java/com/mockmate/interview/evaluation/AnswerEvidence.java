package com.mockmate.interview.evaluation;

import com.mockmate.scoring.GrammarReport;
import java.time.Instant;
import java.util.List;

/** What is measured on an answer before the model sees it: grammar findings and prompt-injection flags. */
record AnswerEvidence(GrammarReport grammar, List<String> injectionFlags, Instant startedAt) {}
