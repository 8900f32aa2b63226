package com.mockmate.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A model that answers with whatever a test scripted, in order, and keeps the requests it was sent. */
public final class ScriptedModel implements InterviewerModel {

    private final Deque<Supplier<ModelCompletion>> script = new ArrayDeque<>();
    public final List<ModelRequest> requests = new ArrayList<>();

    public ScriptedModel then(Supplier<ModelCompletion> step) {
        script.add(step);
        return this;
    }

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public String model() {
        return "scripted";
    }

    @Override
    public ModelCompletion complete(ModelRequest request) {
        requests.add(request);
        return script.removeFirst().get();
    }

    /** The same script, told apart as a hosted provider's (e.g. "openai"): the offline evaluator writes no prose. */
    public InterviewerModel as(String hostedProvider) {
        var script = this;
        return new InterviewerModel() {
            @Override
            public String provider() {
                return hostedProvider;
            }

            @Override
            public String model() {
                return script.model();
            }

            @Override
            public ModelCompletion complete(ModelRequest request) {
                return script.complete(request);
            }
        };
    }
}
