package com.mockmate.llm.provider;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.SelectedModel;
import com.mockmate.remote.ProviderAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the interviewer model once, at start-up. {@code auto}: Gemini when its key is set, else the OpenAI-compatible
 * server when its key is set, else Ollama when it answers, else the offline evaluator. An explicit provider is used as is, and a choice that cannot work fails the start-up.
 */
final class ModelSelector {

    private static final Logger log = LoggerFactory.getLogger(ModelSelector.class);

    private final LlmProperties properties;
    private final ProviderAccounts accounts;
    private final BooleanSupplier ollamaReachable;

    ModelSelector(LlmProperties properties, ProviderAccounts accounts, BooleanSupplier ollamaReachable) {
        this.properties = properties;
        this.accounts = accounts;
        this.ollamaReachable = ollamaReachable;
    }

    SelectedModel select(List<InterviewerModel> available) {
        var models = new LinkedHashMap<String, InterviewerModel>();
        available.forEach(model -> models.putIfAbsent(model.provider(), model));
        return switch (properties.provider()) {
            case GEMINI -> {
                if (!accounts.gemini().hasApiKey()) {
                    throw new IllegalStateException("MOCKMATE_LLM_PROVIDER=gemini needs GEMINI_API_KEY:"
                            + " set it, or choose auto, ollama or offline");
                }
                yield pick(models, "gemini", "MOCKMATE_LLM_PROVIDER=gemini");
            }
            case OPENAI -> {
                var openai = accounts.openai();
                if (openai.needsApiKey() && !openai.hasApiKey()) {
                    throw new IllegalStateException("MOCKMATE_LLM_PROVIDER=openai with " + openai.baseUrl()
                            + " needs OPENAI_API_KEY: set it, or point OPENAI_BASE_URL at a local server");
                }
                yield pick(
                        models,
                        "openai",
                        "MOCKMATE_LLM_PROVIDER=openai, " + properties.openai().model() + " at " + openai.baseUrl());
            }
            case OLLAMA -> pick(models, "ollama", "MOCKMATE_LLM_PROVIDER=ollama");
            case OFFLINE -> pick(models, "offline", "MOCKMATE_LLM_PROVIDER=offline");
            case AUTO -> auto(models);
        };
    }

    private SelectedModel auto(Map<String, InterviewerModel> models) {
        if (accounts.gemini().hasApiKey()) {
            return pick(models, "gemini", "auto: GEMINI_API_KEY is set");
        }
        if (accounts.openai().hasApiKey()) {
            return pick(
                    models,
                    "openai",
                    "auto: no GEMINI_API_KEY, OPENAI_API_KEY is set for "
                            + accounts.openai().baseUrl());
        }
        var ollama = properties.ollama().baseUrl();
        if (ollamaReachable.getAsBoolean()) {
            return pick(models, "ollama", "auto: no GEMINI_API_KEY or OPENAI_API_KEY, Ollama answers at " + ollama);
        }
        if (models.containsKey("offline")) {
            return pick(models, "offline", "auto: no GEMINI_API_KEY or OPENAI_API_KEY and no Ollama at " + ollama);
        }
        log.warn(
                "No GEMINI_API_KEY, no OPENAI_API_KEY, no Ollama at {} and no offline evaluator:"
                        + " turns will fail until Ollama is up",
                ollama);
        return pick(models, "ollama", "auto: nothing else available, Ollama expected at " + ollama);
    }

    private static SelectedModel pick(Map<String, InterviewerModel> models, String provider, String reason) {
        var model = models.get(provider);
        if (model == null) {
            throw new IllegalStateException("The interviewer model '" + provider + "' is not available (" + reason
                    + "); available: " + models.keySet());
        }
        return new SelectedModel(model, reason);
    }
}
