package com.mockmate.resume.generation;

import static com.mockmate.resume.generation.ResumeFixtures.HOSTILE_JOB;
import static com.mockmate.resume.generation.ResumeFixtures.MAPPER;
import static com.mockmate.resume.generation.ResumeFixtures.built;
import static com.mockmate.resume.generation.ResumeFixtures.check;
import static com.mockmate.resume.generation.ResumeFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.profile.service.Insights;
import com.mockmate.profile.service.Insights.TopicInsight;
import com.mockmate.profile.service.SkillLevel;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import com.mockmate.resume.domain.ResumeContent.Location;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.SocialProfile;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The résumé without a model: complete, the same every time, and nothing in it that the profile does not say. */
class OfflineResumeBuilderTest {

    @Test
    void every_section_comes_from_the_profile_and_the_insights() {
        var resume = built(null);

        assertThat(resume.basics())
                .isEqualTo(new Basics(
                        "Jane Doe",
                        "Backend Engineer",
                        "jane@example.org",
                        "https://jane.example.dev",
                        "Backend engineer. Currently Software Engineer at Acme Robotics. I build payment systems in"
                                + " Kotlin and Java. Verified by MockMate over 8 mock interviews, strongest in Java"
                                + " (Advanced).",
                        new Location("Berlin"),
                        List.of(new SocialProfile("GitHub", "https://github.com/jane-doe"))));
        assertThat(resume.work())
                .containsExactly(
                        new Work(
                                "Acme Robotics",
                                "Software Engineer",
                                "2021-03",
                                null,
                                null,
                                List.of("Cut checkout latency by 40% with a Redis cache", "Led the Kotlin migration")),
                        new Work("Globex", "Junior Developer", "2019", "2021-02", null, List.of("Maintained billing")));
        assertThat(resume.education())
                .containsExactly(new EducationEntry("TU Berlin", "BSc Computer Science", null, "2016", "2020"));
        assertThat(resume.skills())
                .containsExactly(
                        new SkillEntry("Java", "Advanced", List.of()),
                        new SkillEntry("Kotlin", "Advanced", List.of()),
                        new SkillEntry("PostgreSQL", "Intermediate", List.of()),
                        new SkillEntry("SQL & Databases", "Intermediate", List.of()));
        assertThat(resume.projects()).isEmpty();
        assertThat(resume.certificates())
                .containsExactly(new Certificate("Oracle Certified Professional: Java SE 17", "Oracle", "2023-05"));
        assertThat(resume.mockmateEvidence())
                .containsExactly(
                        new Evidence(
                                "Java",
                                "Advanced",
                                6,
                                new BigDecimal("81.25"),
                                "Advanced in Java: 6 mock interviews, mean score 81.3/100"),
                        new Evidence(
                                "SQL & Databases",
                                "Intermediate",
                                2,
                                new BigDecimal("62.50"),
                                "Intermediate in SQL & Databases: 2 mock interviews, mean score 62.5/100"));
        assertThat(check().problems(UUID.randomUUID(), resume)).isEmpty();
    }

    @Test
    void the_same_facts_give_the_same_resume() {
        assertThat(MAPPER.writeValueAsString(built(HOSTILE_JOB)))
                .isEqualTo(MAPPER.writeValueAsString(built(HOSTILE_JOB)));
    }

    @Test
    void a_job_description_puts_the_skills_it_names_first_and_adds_nothing() {
        var resume = built("Backend role: Kotlin services on PostgreSQL; JavaScript is a plus.");

        assertThat(resume.skills())
                .extracting(SkillEntry::name)
                .containsExactly("Kotlin", "PostgreSQL", "Java", "SQL & Databases");
    }

    @Test
    void a_hostile_job_description_changes_nothing_but_the_order_of_skills() {
        var plain = built(null);
        var hostile = built(HOSTILE_JOB);

        assertThat(MAPPER.writeValueAsString(hostile)).doesNotContain("Google", "MIT", "Rust");
        assertThat(hostile.work()).isEqualTo(plain.work());
        assertThat(hostile.education()).isEqualTo(plain.education());
        assertThat(hostile.certificates()).isEqualTo(plain.certificates());
        assertThat(hostile.basics()).isEqualTo(plain.basics());
        assertThat(hostile.skills()).containsExactlyInAnyOrderElementsOf(plain.skills());
    }

    @Test
    void a_candidate_without_profile_or_interviews_still_gets_a_valid_resume() {
        var empty = new CandidateFacts(
                "Sam",
                "sam@example.org",
                com.mockmate.profile.domain.ProfileContent.empty("sam"),
                com.mockmate.profile.service.Insights.none());

        var resume = ContactDetails.added(OfflineResumeBuilder.build(empty, "QA Engineer", null), empty);

        assertThat(resume.basics().summary()).isEqualTo("Candidate for the role of QA Engineer.");
        assertThat(resume.work()).isEmpty();
        assertThat(resume.mockmateEvidence()).isEmpty();
        assertThat(new ResumeContentCheck(ResumeFixtures.reader(empty), MAPPER).problems(UUID.randomUUID(), resume))
                .isEmpty();
    }

    @Test
    void a_skill_is_named_only_as_a_whole_term() {
        var jd = Normalised.of("JavaScript, C++17 and Go-to-market");

        assertThat(OfflineResumeBuilder.mentions(jd, "Java")).isFalse();
        assertThat(OfflineResumeBuilder.mentions(jd, "C++")).isTrue();
        assertThat(OfflineResumeBuilder.mentions(jd, "javascript")).isTrue();
        assertThat(facts().profile().skills()).isNotEmpty();
    }

    @Test
    void a_beginner_level_is_no_claim_and_never_lowers_the_candidates_own_rating() {
        var facts = ResumeFixtures.facts();
        var beginner = new Insights(
                1,
                Instant.parse("2026-01-05T10:00:00Z"),
                List.of(
                        new TopicInsight(
                                "Java",
                                SkillLevel.BEGINNER,
                                1,
                                new BigDecimal("35.00"),
                                null,
                                Instant.parse("2026-01-04T09:00:00Z")),
                        new TopicInsight(
                                "Behavioural",
                                SkillLevel.BEGINNER,
                                1,
                                new BigDecimal("41.00"),
                                null,
                                Instant.parse("2026-01-04T09:00:00Z"))),
                "Behavioural",
                "Java",
                null,
                null,
                1,
                List.of());

        var resume = OfflineResumeBuilder.build(
                new CandidateFacts(facts.name(), facts.email(), facts.profile(), beginner), "Backend Engineer", null);

        assertThat(resume.mockmateEvidence()).isEmpty();
        assertThat(resume.basics().summary()).doesNotContain("Beginner").doesNotContain("strongest");
        assertThat(resume.skills()).contains(new SkillEntry("Java", "Advanced", List.of()));
        assertThat(resume.skills()).extracting(SkillEntry::name).doesNotContain("Behavioural");
        assertThat(check().problems(UUID.randomUUID(), ContactDetails.added(resume, facts)))
                .isEmpty();
    }
}
