package com.mockmate.resume.generation;

import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.Skill;
import com.mockmate.profile.service.Insights;
import com.mockmate.profile.service.SkillLevel;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The résumé without a model: everything taken as it stands from the profile and the insights, so it is the same
 * for the same facts and invents nothing. A job description only reorders: the skills it names come first. Contact
 * data is added afterwards, as to the model's résumé.
 */
final class OfflineResumeBuilder {

    static final String PROVIDER = "offline";
    static final String MODEL = "resume-builder";
    static final String VERSION = "resume-offline-v1";

    static final int MAX_SKILLS = 60;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_SUMMARY = 1200;
    private static final int MAX_ABOUT_SENTENCE = 400;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL);

    private OfflineResumeBuilder() {}

    static ResumeContent build(CandidateFacts facts, String targetRole, @Nullable String jobDescription) {
        var profile = facts.profile();
        var insights = facts.insights();
        return new ResumeContent(
                new Basics(
                        null, targetRole.strip(), null, null, summary(profile, insights, targetRole), null, List.of()),
                work(profile.experience()),
                profile.education().stream()
                        .map(study -> new EducationEntry(
                                study.institution(), study.degree(), null, study.start(), study.end()))
                        .toList(),
                skills(profile.skills(), insights, jobDescription),
                List.of(),
                profile.certifications().stream()
                        .map(held -> new Certificate(held.name(), held.issuer(), held.date()))
                        .toList(),
                strengths(insights).stream()
                        .limit(MAX_EVIDENCE)
                        .map(EvidenceStatements::of)
                        .toList());
    }

    private static String summary(ProfileContent profile, Insights insights, String targetRole) {
        var parts = new ArrayList<String>();
        parts.add(
                Normalised.blank(profile.headline())
                        ? "Candidate for the role of " + targetRole.strip() + "."
                        : sentence(profile.headline()));
        if (!profile.experience().isEmpty()) {
            var latest = work(profile.experience()).getFirst();
            parts.add((latest.endDate() == null ? "Currently " : "Most recently ") + latest.position() + " at "
                    + latest.name() + ".");
        }
        var about = firstSentence(profile.about());
        if (about != null) {
            parts.add(about);
        }
        var strongest = insights.strongestTopic() == null
                ? Optional.<Insights.TopicInsight>empty()
                : InsightFactCheck.topic(insights, insights.strongestTopic()).filter(OfflineResumeBuilder::isStrength);
        strongest.ifPresent(topic -> parts.add("Verified by MockMate over " + insights.sessions() + " mock interview"
                + (insights.sessions() == 1 ? "" : "s") + ", strongest in " + topic.topic() + " ("
                + topic.level().label() + ")."));
        var summary = String.join(" ", parts);
        return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
    }

    /**
     * The verified topics a résumé cites: a résumé shows strengths, and "Beginner" is a reason to practise, not a
     * claim to make to an employer.
     */
    private static List<Insights.TopicInsight> strengths(Insights insights) {
        return insights.topics().stream()
                .filter(OfflineResumeBuilder::isStrength)
                .toList();
    }

    private static boolean isStrength(Insights.TopicInsight topic) {
        return topic.level().compareTo(SkillLevel.INTERMEDIATE) >= 0;
    }

    /** The rank of the candidate's own level in {@link Skill#LEVELS}, which follows {@link SkillLevel}'s order. */
    private static int ownRank(Skill skill) {
        return skill.level() == null
                ? -1
                : Skill.LEVELS.indexOf(skill.level().strip().toLowerCase(Locale.ROOT));
    }

    private static String sentence(String text) {
        var stripped = text.strip().replaceAll("\\s+", " ");
        return stripped.matches(".*[.!?]$") ? stripped : stripped + ".";
    }

    private static @Nullable String firstSentence(@Nullable String about) {
        if (Normalised.blank(about)) {
            return null;
        }
        var text = about.strip().replaceAll("\\s+", " ");
        var first = FIRST_SENTENCE.matcher(text);
        var sentence = first.find() ? first.group(1) : sentence(text);
        return sentence.length() <= MAX_ABOUT_SENTENCE ? sentence : null;
    }

    /** Most recent first: current positions, then by end and start, the profile's order between equals. */
    private static List<Work> work(List<Experience> experience) {
        return experience.stream()
                .sorted(Comparator.comparing((Experience position) -> StatedDates.sortable(position.end()))
                        .thenComparing(position -> StatedDates.sortable(position.start()))
                        .reversed())
                .map(position -> new Work(
                        position.company(),
                        position.title(),
                        position.start(),
                        Normalised.blank(position.end()) ? null : position.end(),
                        null,
                        position.bullets()))
                .toList();
    }

    /**
     * The profile's skills, each with the verified level where MockMate has one, then the verified topics the profile
     * does not list; the ones the job description names first.
     */
    private static List<SkillEntry> skills(List<Skill> own, Insights insights, @Nullable String jobDescription) {
        var skills = new ArrayList<SkillEntry>();
        for (var skill : own) {
            // The candidate's own rating stands unless the interviews showed more.
            var level = InsightFactCheck.topic(insights, skill.name())
                    .filter(topic -> topic.level().ordinal() > ownRank(skill))
                    .map(topic -> topic.level().label())
                    .orElse(capitalised(skill.level()));
            skills.add(new SkillEntry(skill.name(), level, List.of()));
        }
        for (var topic : strengths(insights)) {
            if (own.stream().noneMatch(skill -> Normalised.same(skill.name(), topic.topic()))) {
                skills.add(new SkillEntry(topic.topic(), topic.level().label(), List.of()));
            }
        }
        var named = Normalised.of(jobDescription);
        return skills.stream()
                .sorted(Comparator.comparing(skill -> !mentions(named, skill.name())))
                .limit(MAX_SKILLS)
                .toList();
    }

    /** Whether the text names the skill as a whole term ("Java" is not in "JavaScript", "C++" is in "C++17"). */
    static boolean mentions(String normalisedText, String skill) {
        var term = Normalised.of(skill);
        return !term.isEmpty()
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}])")
                        .matcher(normalisedText)
                        .find();
    }

    private static String capitalised(String level) {
        var text = level.strip();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
