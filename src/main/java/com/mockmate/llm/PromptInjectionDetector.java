package com.mockmate.llm;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Flags answers that look like prompt-injection attempts, so instructors can see them. It protects nothing by itself
 * (the answer is only ever sent as an escaped JSON value and the prompt says it is data); it only makes attempts
 * visible. Deliberately small and readable: each pattern has a name that is stored with the turn and a description
 * that instructors read.
 */
@Component
public class PromptInjectionDetector {

    private static final List<Rule> RULES = List.of(
            rule(
                    "ignore-previous-instructions",
                    "Told the interviewer to ignore its instructions",
                    "\\b(ignore|forget|skip|override)\\s+(all\\s+|any\\s+|the\\s+|your\\s+|of\\s+)*"
                            + "(previous|prior|above|earlier|preceding|system)\\s+(instructions|rules|prompts?|directions)"),
            rule("disregard", "Asked the interviewer to disregard something", "\\bdisregard\\b"),
            rule("you-are-now", "Tried to give the interviewer a new identity", "\\byou\\s+are\\s+now\\b"),
            rule(
                    "system-prompt",
                    "Mentioned the interviewer's system prompt",
                    "\\bsystem\\s+(prompt|instructions?)\\b"),
            rule(
                    "new-instructions",
                    "Tried to give the interviewer new instructions",
                    "\\bnew\\s+(instructions|rules)\\b"),
            rule(
                    "rate-excellent",
                    "Asked to be rated excellent",
                    "\\b(rate|score|grade|mark|evaluate)\\s+(me|this|it|my\\s+answer|every|all|each)\\b"
                            + "[^.\\n]{0,60}\\b(excellent|perfect|maximum|highest|100|full\\s+marks)\\b"),
            rule(
                    "give-full-marks",
                    "Asked for full marks",
                    "\\bgive\\s+(me\\s+|this\\s+|it\\s+)?(a\\s+|the\\s+)?(full|maximum|max|perfect|100|top|highest)\\b"),
            rule(
                    "as-an-ai",
                    "Spoke to the interviewer as an AI",
                    "\\bas\\s+an?\\s+(ai|language\\s+model|llm|assistant)\\b"),
            rule(
                    "role-play",
                    "Asked the interviewer to play another role",
                    "\\b(pretend\\s+(to\\s+be|you\\s+are)|act\\s+as\\s+(the|an?)\\s+"
                            + "(system|interviewer|evaluator|admin)|developer\\s+mode|jailbreak)\\b"),
            rule(
                    "reveal-hidden",
                    "Asked to see the hidden prompt, key points or reference answer",
                    "\\b(reveal|show|print|repeat|tell\\s+me)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|prompt|instructions"
                            + "|key\\s+points|reference\\s+answer|rubric)\\b"),
            rule("json-breakout", "Tried to break out of the answer with JSON", "\"\\s*}\\s*[\\]}]"),
            rule(
                    "reply-keys",
                    "Wrote fields of the evaluator's reply format",
                    "\"\\s*(interviewer_text|evaluation|next_action|justification|rating|technical|strengths)\\s*\"\\s*:"),
            rule(
                    "role-tag",
                    "Used chat-role tags such as <|system|>",
                    "<\\|?\\s*/?\\s*(system|assistant|user|im_start|im_end|endoftext)\\s*\\|?>|\\[/?INST]"),
            rule(
                    "role-heading",
                    "Wrote a fake \"system\" or \"assistant\" heading",
                    "(^|\\n)\\s*(#{1,6}\\s*(system|assistant|instructions?)\\b|(system|assistant)\\s*:)"));

    private record Rule(String name, String description, Pattern pattern) {}

    private static Rule rule(String name, String description, String regex) {
        return new Rule(name, description, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The names of the patterns the text matches, in a fixed order; empty for an ordinary answer. */
    public List<String> detect(String text) {
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(text).find())
                .map(Rule::name)
                .toList();
    }

    /**
     * What a stored pattern name means, in words for instructors; a name no rule has any more (the rules change, turns
     * keep their flags) is shown as it was stored.
     */
    public static String describe(String name) {
        return RULES.stream()
                .filter(rule -> rule.name().equals(name))
                .map(Rule::description)
                .findFirst()
                .orElse(name.replace('-', ' '));
    }

    /** Every pattern name, for instructors' documentation and filters. */
    public static List<String> patternNames() {
        return RULES.stream().map(Rule::name).toList();
    }
}
