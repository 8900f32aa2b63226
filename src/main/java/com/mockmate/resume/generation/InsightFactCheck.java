package com.mockmate.resume.generation;

import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.service.Insights;
import com.mockmate.profile.service.Insights.TopicInsight;
import com.mockmate.profile.service.SkillLevel;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The résumé's {@code mockmate_evidence} must be what MockMate verified: a practised topic with its level, number of
 * interviews and mean score (the mean may be rounded), and a statement that names no other figure or level. A skill
 * named like a verified topic may carry the verified level or the candidate's own, no other.
 */
final class InsightFactCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final int MAX_SCALE = 2;

    private InsightFactCheck() {}

    static List<String> problems(ResumeContent content, ProfileContent profile, Insights insights) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < content.mockmateEvidence().size(); i++) {
            evidence("/mockmate_evidence/" + i, content.mockmateEvidence().get(i), insights, problems);
        }
        for (int i = 0; i < content.skills().size(); i++) {
            skill("/skills/" + i, content.skills().get(i), profile, insights, problems);
        }
        return problems;
    }

    static Optional<TopicInsight> topic(Insights insights, String name) {
        return insights.topics().stream()
                .filter(topic -> Normalised.same(topic.topic(), name))
                .findFirst();
    }

    private static void evidence(String at, Evidence evidence, Insights insights, List<String> problems) {
        var found = topic(insights, evidence.topic());
        if (found.isEmpty()) {
            problems.add(at + "/topic: not a topic of the verified insights; cite only insights.topics");
            return;
        }
        var topic = found.get();
        var level = topic.level().label();
        if (!level.equalsIgnoreCase(evidence.level().strip())) {
            problems.add(at + "/level: the verified level of this topic is " + level);
        }
        if (evidence.sessions() != topic.sessions()) {
            problems.add(at + "/sessions: the verified number of interviews in this topic is " + topic.sessions());
        }
        if (!meanMatches(evidence.meanScore(), topic.mean())) {
            problems.add(at + "/mean_score: the verified mean score of this topic is " + plain(topic.mean()));
        }
        if (!statementMatches(evidence.statement(), topic)) {
            problems.add(at + "/statement: may name only this topic's verified level (" + level + "), its "
                    + topic.sessions() + " interviews and its mean score");
        }
    }

    /** A mean written with fewer decimals is the verified one rounded to them. */
    static boolean meanMatches(BigDecimal written, BigDecimal verified) {
        var stated = written.stripTrailingZeros();
        var scale = Math.max(0, Math.min(stated.scale(), MAX_SCALE));
        return stated.compareTo(verified.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    private static boolean statementMatches(String statement, TopicInsight topic) {
        var text = Normalised.of(statement).replace(Normalised.of(topic.topic()), " ");
        var numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            var number = new BigDecimal(numbers.group().replace(',', '.'));
            if (number.compareTo(BigDecimal.valueOf(topic.sessions())) != 0
                    && number.compareTo(BigDecimal.valueOf(100)) != 0
                    && !meanMatches(number, topic.mean())) {
                return false;
            }
        }
        var words = Arrays.asList(text.split("[^\\p{L}]+"));
        return Arrays.stream(SkillLevel.values())
                .filter(level -> level != topic.level())
                .map(level -> level.label().toLowerCase(Locale.ROOT))
                .noneMatch(words::contains);
    }

    private static void skill(
            String at, SkillEntry skill, ProfileContent profile, Insights insights, List<String> problems) {
        if (skill.level() == null || skill.level().isBlank()) {
            return;
        }
        var verified = topic(insights, skill.name());
        if (verified.isEmpty()) {
            return;
        }
        var level = verified.get().level().label();
        var own = profile.skills().stream()
                .filter(held -> Normalised.same(held.name(), skill.name()))
                .anyMatch(held -> Normalised.same(held.level(), skill.level()));
        if (!own && !level.equalsIgnoreCase(skill.level().strip())) {
            problems.add(at + "/level: MockMate verified this skill at " + level
                    + "; use that level, the candidate's own or null");
        }
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
