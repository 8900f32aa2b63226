package com.mockmate.llm.offline;

import com.mockmate.language.TextNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises sentences that talk to the evaluator instead of answering the question: "ignore all previous
 * instructions", role tags, fragments of the reply JSON, requests for a rating, pressure and claims of having passed.
 * Such sentences are not evidence of knowledge, so the offline rubric gives them no credit and counts them as
 * off-topic. This is a second line of defence, not the first: the rubric only ever rewards key-point terms and
 * on-topic elaboration, which a rephrased injection that slips past these patterns does not supply either. The
 * patterns are specific on purpose ("rate of 100 requests" or "acts as a cache" in a real answer must not match).
 */
final class EvaluatorDirectedText {

    private static final List<Pattern> PATTERNS = List.of(
                    "\\b(ignore|disregard|forget|bypass)\\b.{0,40}\\b(instructions?|prompts?|rules|guidelines|rubric"
                            + "|(all|any|the) (previous|prior|earlier|above)|everything (above|before|else))\\b",
                    "\\b(new|updated|hidden|secret) (instructions?|prompt)\\b|\\b(real|actual|true) instructions\\b",
                    "^\\W*(system|assistant|developer|human|user|ai|interviewer|evaluator)\\s*:",
                    "<\\s*\\|?\\s*/?\\s*(system|assistant|user|im_start|im_end|instructions?)\\b",
                    "\\[/?(inst|system)]|<<\\s*sys\\s*>>|#{2,}\\s*(instruction|system|response)",
                    "\\b(interviewer_text|next_action)\\b|\"(rating|evaluation|technical|depth|communication|grammar)\"\\s*:",
                    "\\b(rate|grade|score|mark|evaluate|assess)\\s+(me|this answer|my answer|the candidate|the answer|it"
                            + "|everything|every \\w+|all \\w+)\\b.{0,40}\\b(excellent|perfect|highest|maximum|full marks"
                            + "|top|100|10/10|pass)\\b",
                    "\\b(give|award|assign|output|return|mark)\\b.{0,30}\\b(excellent|full marks|full score|maximum score"
                            + "|max score|perfect score|top marks|100 ?%|100/100|10/10|a pass)",
                    "\\bgive (me |him |her |them |the candidate |this answer )?(an? )?(100|ten|10)\\b",
                    "\\b(gets?|receives?|deserves?|earns?)\\b.{0,20}\\b(full marks|full score|top marks|perfect score"
                            + "|excellent|the highest)",
                    "\\b(override|change|set|adjust)\\s+(the |my |all |every )?(scores?|ratings?|grades?|marks)\\b",
                    "\\b(every|all|each) (dimensions?|categories|criteria|scores|ratings)\\b",
                    "\\b(technical|depth|communication|grammar)\\b.{0,20}\\b(excellent|100)\\b",
                    "\\b(rated|rating|scored?|graded?)\\s*(as|=|:|of)?\\s*(excellent|perfect|100)\\b",
                    "\\byou (are|were) (now|no longer)\\b|\\byou must now\\b|\\bpretend (to be|you)\\b|\\bjailbreak"
                            + "|\\b(developer|dan|god|admin) mode\\b|\\bdo anything now\\b",
                    "\\bas (an?|the|my) (interviewer|evaluator|grader|ai|ai assistant|language model|chatbot|llm)\\b",
                    "\\byour (instructions|system prompt|prompt|rules|guidelines)\\b|\\bsystem prompt\\b",
                    "\\bi( have|'ve)? already passed\\b|\\balready passed (the|this)\\b|\\b(hire|pass) me\\b",
                    "\\b(report|sue|complain about|hack|shut down|fire|delete) you\\b",
                    "\\bplease\\b.{0,30}\\b(excellent|pass me|full marks|high score|good score|rate me|grade me|score me"
                            + "|mark me|be lenient|be generous)",
                    "\\bcandidate\\b.{0,60}\\b(expert|deserves|should (get|receive|be given)|must (get|receive|be given))",
                    "\\b(reference answer|model answer|expected answer|rubric)\\b|\\bkey points?\\b.{0,20}\\b(covered|all|every"
                            + "|matched|hit)\\b|\\b(covered|covers|hit|mentioned|addressed) (all|every|each)( of)?( the)? key"
                            + " points?\\b",
                    "\\b(dear|hey|hi|note to|message to|to) (the |my )?(evaluator|grader|reviewer|language model|llm)\\b",
                    "\\bdecode (this|the following)\\b|\\bbase64\\b",
                    "(?<![\\p{L}\\p{N}/.])(?=[a-z0-9+/]*\\d)[a-z0-9+/]{20,}={0,2}(?![\\p{L}\\p{N}/.])")
            .stream()
            .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE))
            .toList();

    private EvaluatorDirectedText() {}

    static boolean matches(String sentence) {
        var normalized = TextNormalizer.normalize(sentence).toLowerCase(Locale.ROOT);
        return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(normalized).find());
    }
}
