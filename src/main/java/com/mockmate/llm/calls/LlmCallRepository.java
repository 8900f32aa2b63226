package com.mockmate.llm.calls;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface LlmCallRepository extends Repository<LlmCall, UUID> {

    LlmCall save(LlmCall call);

    List<LlmCall> findByTurnIdOrderByCreatedAt(UUID turnId);

    List<LlmCall> findBySessionIdOrderByCreatedAt(UUID sessionId);

    List<LlmCall> findByResumeIdOrderByCreatedAt(UUID resumeId);
}
