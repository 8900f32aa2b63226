package com.mockmate.llm.resume;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The single JSON document a résumé request sends: the target role, the job description, what the candidate wrote on
 * their profile and what MockMate verified. Everything the candidate or a job advert wrote appears only as string
 * values, never in the instructions; no contact data is in it (no name, email, phone, link or location), because
 * MockMate adds that to the résumé itself.
 */
public record ResumeDocument(
        @JsonProperty("target_role") String targetRole,
        @JsonProperty("job_description") @Nullable String jobDescription,
        ProfileFacts profile,
        InsightFacts insights) {

    public record ProfileFacts(
            @Nullable String headline,
            @Nullable String about,
            List<PositionFacts> experience,
            List<EducationFacts> education,
            List<SkillFacts> skills,
            List<CertificationFacts> certifications) {

        public ProfileFacts {
            experience = List.copyOf(experience);
            education = List.copyOf(education);
            skills = List.copyOf(skills);
            certifications = List.copyOf(certifications);
        }
    }

    /** @param end {@code null} for the current position */
    public record PositionFacts(
            String title,
            String company,
            String start,
            @Nullable String end,
            List<String> bullets) {

        public PositionFacts {
            bullets = List.copyOf(bullets);
        }
    }

    public record EducationFacts(
            String institution,
            String degree,
            String start,
            @Nullable String end) {}

    /** @param level the candidate's own rating: beginner, intermediate, advanced or expert */
    public record SkillFacts(
            String name, String level, @Nullable Integer years) {}

    public record CertificationFacts(
            String name, @Nullable String issuer, @Nullable String date) {}

    public record InsightFacts(
            @JsonProperty("completed_interviews") int completedInterviews,
            List<TopicFacts> topics,
            @JsonProperty("strongest_topic") @Nullable String strongestTopic,
            @JsonProperty("weakest_topic") @Nullable String weakestTopic,
            @Nullable DimensionFacts dimensions) {

        public InsightFacts {
            topics = List.copyOf(topics);
        }
    }

    /**
     * @param level Beginner, Intermediate, Advanced or Expert
     * @param trend points per interview over the last five; {@code null} with fewer than two
     * @param lastPractised an ISO date
     */
    public record TopicFacts(
            String topic,
            String level,
            int sessions,
            @JsonProperty("mean_score") BigDecimal meanScore,
            @Nullable BigDecimal trend,
            @JsonProperty("last_practised") String lastPractised) {}

    public record DimensionFacts(
            BigDecimal technical, BigDecimal depth, BigDecimal communication, BigDecimal grammar) {}
}
