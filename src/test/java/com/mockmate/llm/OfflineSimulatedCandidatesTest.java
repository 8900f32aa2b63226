package com.mockmate.llm;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.offline.OfflineInterviewer;

/** The suite against the embedded offline evaluator: part of every build. */
class OfflineSimulatedCandidatesTest extends SimulatedCandidateSuite {

    @Override
    InterviewerModel model() {
        return new OfflineInterviewer(new KeyPointCoverage(), GRAMMAR);
    }
}
