package com.mockmate.profile.service;

import com.mockmate.interview.service.CandidateDescription;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.Skill;
import com.mockmate.user.service.AccountService;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviewer's {@code profile_summary}: headline, experience level, self-rated skills and verified insights. It
 * never carries contact data: no name, email, phone or link is taken from the profile, and the free text that is
 * (headline, skill names) is scrubbed of anything that looks like one, because candidates type all sorts into a
 * headline.
 */
@Component
class ProfileSummary implements CandidateDescription {

    static final int MAX_LENGTH = 1000;
    static final int MAX_SKILLS = 12;
    static final int MAX_TOPICS = 6;
    static final String REMOVED = "[removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    private static final Pattern URL =
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|net|org|io|dev|me|de)(?:/\\S*)?\\b");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s()./-]{5,}\\d");

    private final Profiles profiles;
    private final ProfileInsights insights;
    private final AccountService accounts;
    private final Clock clock;

    ProfileSummary(Profiles profiles, ProfileInsights insights, AccountService accounts, Clock clock) {
        this.profiles = profiles;
        this.insights = insights;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable String describe(UUID userId) {
        var saved = profiles.saved(userId);
        var verified = insights.of(userId);
        if (saved.isEmpty() && verified.sessions() == 0) {
            return null;
        }
        var account = accounts.get(userId);
        var scrubber = new Scrubber(List.of(account.fullName(), account.username()));
        var content = saved.orElseGet(() -> ProfileContent.empty(account.username()));
        var parts = new ArrayList<String>();
        parts.add("A candidate practising for software engineering interviews.");
        if (content.headline() != null && !content.headline().isBlank()) {
            parts.add("Headline: " + scrubber.scrub(content.headline().strip()) + ".");
        }
        parts.add("Experience level: " + experienceLevel(content.experience()) + ".");
        if (!content.skills().isEmpty()) {
            parts.add("Self-rated skills: " + skills(content.skills(), scrubber) + ".");
        }
        parts.add(verified(verified));
        var summary = String.join(" ", parts);
        return summary.length() > MAX_LENGTH ? summary.substring(0, MAX_LENGTH - 1) + "…" : summary;
    }

    /** From the positions' months added up; overlapping positions count twice, which is good enough for a level. */
    String experienceLevel(List<Experience> experience) {
        var now = YearMonth.now(clock);
        long months = 0;
        for (var position : experience) {
            var start = month(position.start(), true);
            var end = position.end() == null || position.end().isBlank() ? now : month(position.end(), false);
            if (start != null && end != null && !end.isBefore(start)) {
                months += start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
            }
        }
        long years = months / 12;
        if (experience.isEmpty()) {
            return "no professional experience listed";
        }
        if (years < 2) {
            return "early career (under 2 years)";
        }
        return (years < 5 ? "mid-level" : years < 10 ? "senior" : "very experienced") + " (about " + years + " years)";
    }

    private static String skills(List<Skill> skills, Scrubber scrubber) {
        return skills.stream()
                .limit(MAX_SKILLS)
                .map(skill -> scrubber.scrub(skill.name().strip()) + " (" + skill.level()
                        + (skill.years() == null ? "" : ", " + skill.years() + " years") + ")")
                .collect(Collectors.joining(", "));
    }

    private static String verified(Insights insights) {
        if (insights.sessions() == 0) {
            return "No completed interviews yet.";
        }
        var text = new StringBuilder("Verified by MockMate over " + insights.sessions() + " completed interviews: ");
        text.append(insights.topics().stream()
                .limit(MAX_TOPICS)
                .map(topic -> topic.topic() + " " + topic.level().label().toLowerCase(Locale.ROOT) + " (mean "
                        + topic.mean().stripTrailingZeros().toPlainString() + " over " + topic.sessions() + ")")
                .collect(Collectors.joining(", ")));
        text.append('.');
        if (insights.strongestTopic() != null && insights.weakestTopic() != null) {
            text.append(" Strongest: ").append(insights.strongestTopic());
            text.append("; weakest: ").append(insights.weakestTopic()).append('.');
        }
        return text.toString();
    }

    private static @Nullable YearMonth month(@Nullable String date, boolean start) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return date.length() == 4 ? YearMonth.of(Integer.parseInt(date), start ? 1 : 12) : YearMonth.parse(date);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Removes emails, links, phone numbers and the account's own names from free text. */
    record Scrubber(List<String> identities) {

        String scrub(String text) {
            var result = EMAIL.matcher(text).replaceAll(REMOVED);
            result = URL.matcher(result).replaceAll(REMOVED);
            result = PHONE.matcher(result).replaceAll(REMOVED);
            for (var identity : identities) {
                result = removeWords(result, identity);
            }
            return result;
        }

        private static String removeWords(String text, String identity) {
            var result = text.replaceAll("(?iu)" + Pattern.quote(identity.strip()), REMOVED);
            for (var word : identity.strip().split("[\\s@._-]+")) {
                if (word.length() >= 3) {
                    result = result.replaceAll("(?iu)\\b" + Pattern.quote(word) + "\\b", REMOVED);
                }
            }
            return result;
        }
    }
}
