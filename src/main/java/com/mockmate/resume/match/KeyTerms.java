package com.mockmate.resume.match;

import com.mockmate.language.EnglishStems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks a job description's key terms as an applicant tracking system would: the words and two-word phrases that are
 * neither stop words, numbers nor the vocabulary every job ad shares ("experience", "team", "strong"), ranked by how
 * often the job uses them, whether it spells them as names ("Kafka", "AWS"), whether they stand in its bulleted lists,
 * and how early they come.
 *
 * <p>Words next to each other with nothing between them form a run. A two-word run is a phrase when both words are
 * names ("Spring Boot") or neither is ("distributed systems", between "with" and "and"), but not a name and a plain
 * word ("C# services": the name is the term). A pair joined by a hyphen or slash ("event-driven", "CI/CD") is a
 * phrase, and so is any pair the job uses twice. In a longer run the phrases are taken where they occur, most used first; the remaining words
 * count alone. A word the job uses only inside a phrase is not listed again on its own.
 */
final class KeyTerms {

    static final int MAX_TERMS = 25;

    private static final String GENERIC_WORDS = """
            experience experienced years year team teams work working works worked strong ability able role roles
            responsibilities responsibility responsible requirements requirement required require requires preferred
            prefer plus bonus nice skills skill knowledge understanding familiarity familiar proficiency proficient
            excellent good great solid deep proven track record opportunity opportunities benefits benefit salary
            apply applicant applicants candidate candidates job jobs position positions company companies environment
            including include includes new using use used help across ideal minimum least etc e.g i.e want need needs
            day days time full part remote hybrid office location culture values passion passionate love fast paced
            world best make get things related relevant similar equivalent demonstrated hands qualifications
            qualification duties mission people join looking offer offers please seeking seek successful success
            ensure highly other various multiple well closely based within every level levels senior junior mid lead
            key wide range growing growth exciting awesome amazing someone person ideally desirable essential must
            should will would could may might also build builds building built operate own run runs improve move bring
            do does doing gets large small big two three four five six seven eight nine ten hundred thousand million billion
            hiring hire hires hired employer employers employee employees profile profiles add adds added adding ignore
            ignored instruction instructions previous above below following
            """;

    /** Verbs that open a job ad's duties; followed by a plain word they make an instruction, not a phrase. */
    private static final String VERBS = """
            design develop write maintain manage support deliver lead create implement collaborate partner drive
            define shape scale test deploy monitor review mentor coach tune optimize automate architect ship own
            contribute communicate translate evaluate analyze investigate troubleshoot debug migrate integrate
            """;

    private static final Set<String> GENERIC = stems(GENERIC_WORDS);
    private static final Set<String> VERB_STEMS = stems(VERBS);

    private KeyTerms() {}

    /** The key terms of a text, most important first, at most {@value #MAX_TERMS}; {@code tokens} are its words. */
    static List<KeyTerm> of(String text, List<Token> tokens) {
        var runs = runs(tokens);
        var pairs = pairStatistics(tokens, runs);
        var candidates = new LinkedHashMap<List<String>, TermCandidate>();
        for (var run : runs) {
            var used = new boolean[run.size()];
            for (int at : phrasesIn(run, tokens, pairs)) {
                used[at] = used[at + 1] = true;
                var first = tokens.get(run.get(at));
                var second = tokens.get(run.get(at + 1));
                candidates
                        .computeIfAbsent(List.of(first.stem(), second.stem()), TermCandidate::new)
                        .seen(
                                run.get(at),
                                text.substring(first.start(), second.end()),
                                first.sentenceStart(),
                                first.marked() || second.marked(),
                                first.listed());
            }
            for (int i = 0; i < run.size(); i++) {
                if (!used[i]) {
                    var token = tokens.get(run.get(i));
                    candidates
                            .computeIfAbsent(List.of(token.stem()), TermCandidate::new)
                            .seen(run.get(i), token.surface(), token.sentenceStart(), token.marked(), token.listed());
                }
            }
        }
        int total = Math.max(1, tokens.size());
        return candidates.values().stream()
                .sorted(Comparator.comparingDouble((TermCandidate c) -> -c.score(total))
                        .thenComparingInt(c -> c.first)
                        .thenComparing(c -> String.join(" ", c.stems)))
                .limit(MAX_TERMS)
                .map(TermCandidate::term)
                .toList();
    }

    /** Runs of consecutive content words within one stretch between punctuation, as indexes into the tokens. */
    private static List<List<Integer>> runs(List<Token> tokens) {
        var runs = new ArrayList<List<Integer>>();
        var run = new ArrayList<Integer>();
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            boolean continues = !run.isEmpty() && tokens.get(run.getLast()).segment() == token.segment();
            if (!continues && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (isContent(token)) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isContent(Token token) {
        return token.stem() != null && !token.isNumber() && !GENERIC.contains(token.stem());
    }

    /** For each adjacent pair of stems: how often it occurs, and whether it is a phrase by its form. */
    private static Map<List<String>, PairStatistics> pairStatistics(List<Token> tokens, List<List<Integer>> runs) {
        var pairs = new HashMap<List<String>, PairStatistics>();
        for (var run : runs) {
            for (int i = 0; i + 1 < run.size(); i++) {
                var second = tokens.get(run.get(i + 1));
                var statistics = pairs.computeIfAbsent(
                        List.of(tokens.get(run.get(i)).stem(), second.stem()), key -> new PairStatistics());
                statistics.count++;
                var first = tokens.get(run.get(i));
                statistics.byForm |= second.joined() || (run.size() == 2 && namedAlike(first, second));
            }
        }
        return pairs;
    }

    /** The positions in a run where a phrase starts: phrases never overlap, the most used is taken first. */
    private static List<Integer> phrasesIn(
            List<Integer> run, List<Token> tokens, Map<List<String>, PairStatistics> pairs) {
        var starts = new ArrayList<Integer>();
        for (int i = 0; i + 1 < run.size(); i++) {
            var statistics = pairs.get(key(tokens, run, i));
            if (statistics.byForm || statistics.count >= 2) {
                starts.add(i);
            }
        }
        starts.sort(Comparator.comparingInt((Integer i) -> -pairs.get(key(tokens, run, i)).count)
                .thenComparingInt(i -> i));
        var taken = new ArrayList<Integer>();
        var blocked = new HashSet<Integer>();
        for (int start : starts) {
            if (!blocked.contains(start) && !blocked.contains(start + 1)) {
                taken.add(start);
                blocked.add(start);
                blocked.add(start + 1);
            }
        }
        return taken;
    }

    private static List<String> key(List<Token> tokens, List<Integer> run, int i) {
        return List.of(tokens.get(run.get(i)).stem(), tokens.get(run.get(i + 1)).stem());
    }

    /**
     * Both names ("Spring Boot") or both plain words ("distributed systems"), the plain pair not an instruction
     * ("mentor engineers", "tune queries").
     */
    private static boolean namedAlike(Token first, Token second) {
        if (first.marked() != second.marked()) {
            return false;
        }
        return first.marked() || !VERB_STEMS.contains(first.stem());
    }

    private static Set<String> stems(String words) {
        var stems = new HashSet<String>();
        Arrays.stream(words.strip().split("\\s+"))
                .map(EnglishStems::stem)
                .filter(Objects::nonNull)
                .forEach(stems::add);
        return Set.copyOf(stems);
    }

    private static final class PairStatistics {
        int count;
        boolean byForm;
    }
}
