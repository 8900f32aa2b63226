package com.mockmate.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a story in an answer's sentences: markers of context (when and where it happened), actions
 * in the first person, the outcome (with facts or figures, or without), ownership and what was learned. Each part is
 * found by the sentence that shows it first, so that the evidence can be quoted. Deterministic phrase patterns, not a
 * model: they reward the shape a good behavioural answer has, and a story that stops before its result or reflection
 * is missing exactly those parts.
 */
public final class StarStructure {

    /**
     * Actions are a pattern, not one remark: "I" doing something in the past tense twice, in one sentence or two (a
     * spoken answer's transcript has no punctuation to split it by).
     */
    static final int ACTIONS = 2;

    private static final Pattern SITUATION = Pattern.compile("\\b(at|in) my (last|previous|current|old|first|former)"
            + " (job|company|employer|team|role|project|position)\\b|\\b(last|this|that) (year|month|quarter|summer"
            + "|winter|spring|autumn|fall)\\b|\\b(\\d+|a|one|two|three|four|five|six|a few|several) (years?|months?"
            + "|weeks?|days?) (ago|before)\\b|\\bwhen i (was|worked|joined)\\b|\\bon an? ([\\w-]+ ){0,2}(project|team|feature|product"
            + "|service|system)\\b|^(once|our|my team)\\b|^(a|an|our|my|the|one of my) ([\\w'-]+ ){0,3}(was|were|had|kept|wanted"
            + "|needed|took|broke|failed|started|got)\\b|\\bi (had|was) (a|an|to|the|in|on|working|leading)\\b");
    private static final Pattern FIRST_PERSON_ACTION = Pattern.compile(
            "\\bi ([\\w-]+ )?(\\w+ed|took|made|wrote|built|went|asked|told|set|ran|re-ran|led|gave|chose"
                    + "|met|spoke|sent|began|found|got|kept|brought|held|put|did|drove|drew|sought|thought|understood|stood"
                    + "|broke|sold|won|lost|left|spent|taught|hired|fought|had to|dug|split|cut|sat)\\b");
    private static final Pattern OUTCOME = Pattern.compile("\\b(as a result|the result|results?|resulted|outcome|in the"
            + " end|after (the |that|this|launch|release|go-live)|since then|eventually|ended up|within \\w+ (days?"
            + "|weeks?|months?)|dropped|fell|rose|grew|increased|decreased|reduced|improved|cut|halved|doubled"
            + "|shrank|saved|shipped|launched|delivered|went live|stopped|no longer|never again)\\b");
    private static final Pattern FIGURES = Pattern.compile("\\d|\\b(half|twice|double|triple|zero|percent|no"
            + " (\\w+ )?(incidents?|escalations?|downtime|complaints?|outages?|slips?))\\b");
    private static final Pattern OWNERSHIP = Pattern.compile("\\b(my (own )?(mistake|fault|responsibility|call)|i (took"
            + "|take) (full )?(ownership|responsibility)|i was responsible|i owned|i should have)\\b");
    private static final Pattern REFLECTION =
            Pattern.compile("\\b(i (have )?learn(ed|t)|lessons?|taught me|in hindsight"
                    + "|looking back|next time|(would|'d) do (it |things )?differently|i would (now )?(always|never|involve"
                    + "|ask|start|do)|i now|i'm proud|i am proud|proud of it|i realized|i realised|since then i)\\b");

    private final Map<StoryPart, String> evidence;
    private final boolean figuredResult;

    private StarStructure(Map<StoryPart, String> evidence, boolean figuredResult) {
        this.evidence = evidence;
        this.figuredResult = figuredResult;
    }

    public static StarStructure of(List<String> sentences) {
        var evidence = new EnumMap<StoryPart, String>(StoryPart.class);
        boolean figuredResult = false;
        var actions = new ArrayList<String>();
        for (String sentence : sentences) {
            var text =
                    TextNormalizer.normalize(sentence).toLowerCase(Locale.ROOT).strip();
            if (SITUATION.matcher(text).find()) evidence.putIfAbsent(StoryPart.SITUATION, sentence);
            long found = FIRST_PERSON_ACTION.matcher(text).results().count();
            for (long i = 0; i < found; i++) actions.add(sentence);
            if (actions.size() >= ACTIONS) evidence.putIfAbsent(StoryPart.ACTION, actions.getFirst());
            if (OWNERSHIP.matcher(text).find()) evidence.putIfAbsent(StoryPart.OWNERSHIP, sentence);
            if (OUTCOME.matcher(text).find()) {
                boolean figures = FIGURES.matcher(text).find();
                if (figures && !figuredResult) evidence.put(StoryPart.RESULT, sentence);
                else evidence.putIfAbsent(StoryPart.RESULT, sentence);
                figuredResult |= figures;
            }
            if (REFLECTION.matcher(text).find()) evidence.putIfAbsent(StoryPart.REFLECTION, sentence);
        }
        return new StarStructure(evidence, figuredResult);
    }

    /** The sentence that shows the part a story key point describes, if the answer has it. */
    public Optional<String> evidenceFor(String keyPoint) {
        return StoryPart.describedBy(keyPoint).flatMap(part -> {
            if (part == StoryPart.RESULT && StoryPart.wantsFigures(keyPoint) && !figuredResult) {
                return Optional.empty();
            }
            return Optional.ofNullable(evidence.get(part));
        });
    }

    public boolean has(StoryPart part) {
        return evidence.containsKey(part);
    }
}
