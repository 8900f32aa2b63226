package com.mockmate.resume.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A résumé as <a href="https://jsonresume.org/schema">JSON Resume</a> shapes it (the sections an ATS reads: basics,
 * work, education, skills, projects, certificates), plus {@code mockmate_evidence}: the verified insights it cites. It is
 * what the model writes, what the offline builder makes, what the candidate edits, and what the PDF shows. Dates are
 * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as in JSON Resume; no end date means "present". Lists are never
 * null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResumeContent(
        Basics basics,
        List<Work> work,
        List<EducationEntry> education,
        List<SkillEntry> skills,
        List<Project> projects,
        List<Certificate> certificates,
        @JsonProperty("mockmate_evidence") List<Evidence> mockmateEvidence)
        implements Serializable {

    public ResumeContent {
        work = copy(work);
        education = copy(education);
        skills = copy(skills);
        projects = copy(projects);
        certificates = copy(certificates);
        mockmateEvidence = copy(mockmateEvidence);
    }

    /**
     * Who the résumé is about. Contact data (name, email, links, location) is filled in from the account and profile,
     * never asked of the model.
     *
     * @param label the target role as a headline, e.g. "Backend Engineer"
     * @param summary two to four sentences for the Summary section
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Basics(
            @Nullable String name,
            String label,
            @Nullable String email,
            @Nullable String url,
            String summary,
            @Nullable Location location,
            List<SocialProfile> profiles)
            implements Serializable {

        public Basics {
            profiles = copy(profiles);
        }
    }

    public record Location(String city) implements Serializable {}

    /** A link such as GitHub or LinkedIn; {@code network} is its label. */
    public record SocialProfile(String network, String url) implements Serializable {}

    /** A position: {@code name} is the employer, as JSON Resume calls it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Work(
            String name,
            String position,
            String startDate,
            @Nullable String endDate,
            @Nullable String summary,
            List<String> highlights)
            implements Serializable {

        public Work {
            highlights = copy(highlights);
        }
    }

    /** {@code studyType} holds the degree as the profile states it, e.g. "BSc Computer Science". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EducationEntry(
            String institution,
            String studyType,
            @Nullable String area,
            String startDate,
            @Nullable String endDate) implements Serializable {}

    /** @param level e.g. "Advanced"; {@code keywords} are related terms an ATS may look for */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SkillEntry(String name, @Nullable String level, List<String> keywords) implements Serializable {

        public SkillEntry {
            keywords = copy(keywords);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(String name, @Nullable String description, List<String> highlights) implements Serializable {

        public Project {
            highlights = copy(highlights);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Certificate(
            String name, @Nullable String issuer, @Nullable String date) implements Serializable {}

    /**
     * A verified insight the résumé relies on: a topic's level from MockMate interviews, with its figures.
     *
     * @param statement the sentence the résumé may show, e.g. "Advanced in Java: 6 mock interviews, mean 81/100"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(
            String topic,
            String level,
            int sessions,
            @JsonProperty("mean_score") BigDecimal meanScore,
            String statement)
            implements Serializable {}

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
