package com.mockmate.resume.generation;

import static com.mockmate.resume.generation.ResumeFixtures.MAPPER;
import static com.mockmate.resume.generation.ResumeFixtures.built;
import static com.mockmate.resume.generation.ResumeFixtures.check;
import static com.mockmate.resume.generation.ResumeFixtures.withWork;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.SchemaCheckedJson;
import com.mockmate.llm.ValidatedCalls.Check;
import com.mockmate.llm.resume.ResumeSchema;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema of a stored or edited résumé, and the check that nothing in it is invented. */
class ResumeContentCheckTest {

    private final ResumeContentCheck check = check();
    private final SchemaCheckedJson schema = new SchemaCheckedJson(MAPPER, ResumeSchema.full(MAPPER));
    private final ResumeContent valid = built(null);
    private final UUID userId = UUID.randomUUID();

    @Test
    void a_complete_resume_with_its_contact_data_is_valid() {
        assertThat(valid.basics().email()).isEqualTo("jane@example.org");
        assertThat(check.problems(userId, valid)).isEmpty();
        assertThat(schema.read(MAPPER.writeValueAsString(valid), JsonNode.class))
                .isInstanceOf(Check.Valid.class);
    }

    @Test
    void an_extra_property_is_invalid() {
        var json = (ObjectNode) MAPPER.valueToTree(valid);
        ((ObjectNode) json.path("basics")).put("phone", "+49 170 1234567");

        assertThat(schema.read(MAPPER.writeValueAsString(json), JsonNode.class))
                .isInstanceOfSatisfying(
                        Check.Invalid.class,
                        invalid -> assertThat(invalid.errors())
                                .singleElement()
                                .asString()
                                .startsWith("/basics: ")
                                .contains("phone"));
    }

    @Test
    void a_missing_section_is_invalid() {
        var json = (ObjectNode) MAPPER.valueToTree(valid);
        json.remove("certificates");

        assertThat(schema.read(MAPPER.writeValueAsString(json), JsonNode.class))
                .isInstanceOfSatisfying(
                        Check.Invalid.class,
                        invalid -> assertThat(invalid.errors())
                                .singleElement()
                                .asString()
                                .contains("certificates"));
    }

    @Test
    void an_invented_employer_is_a_fact_check_error() {
        var invented = withWork(
                valid,
                0,
                work -> new Work("Google", work.position(), work.startDate(), work.endDate(), null, work.highlights()));

        assertThat(check.problems(userId, invented))
                .containsExactly("/work/0/name: this employer is not in the profile's experience; list only the"
                        + " profile's companies, spelled as there");
    }

    @Test
    void a_candidates_edit_of_the_wording_and_contact_data_may_be_saved() {
        var basics = valid.basics();
        var edited = withWork(
                new ResumeContent(
                        new Basics(
                                "Jane Q. Doe",
                                "Senior Backend Engineer",
                                "jobs@jane.example.dev",
                                basics.url(),
                                "Backend engineer who ships payment systems; six verified Java interviews.",
                                basics.location(),
                                basics.profiles()),
                        valid.work(),
                        valid.education(),
                        valid.skills(),
                        List.of(new ResumeContent.Project("Checkout cache", null, List.of("Redis, 40% faster"))),
                        valid.certificates(),
                        valid.mockmateEvidence()),
                0,
                work -> new Work(
                        "  acme   ROBOTICS ",
                        "software engineer",
                        "2021",
                        null,
                        "Payments team.",
                        List.of("Made checkout 40% faster")));

        assertThat(check.problems(userId, edited)).isEmpty();
    }

    @Test
    void dates_may_drop_the_month_but_not_add_one_or_end_the_current_position() {
        var current = valid.work().getFirst();
        assertThat(current.name()).isEqualTo("Acme Robotics");
        var ended = withWork(
                valid,
                0,
                work -> new Work(work.name(), work.position(), "2021-03", "2024-01", null, work.highlights()));
        var monthAdded = withWork(
                valid, 1, work -> new Work(work.name(), work.position(), "2019-06", "2021", null, work.highlights()));

        assertThat(check.problems(userId, ended))
                .containsExactly(
                        "/work/0/endDate: this is the current position in the profile: the end date must be null");
        assertThat(check.problems(userId, monthAdded))
                .containsExactly("/work/1/startDate: must be the profile's start of this position, 2019");
    }

    @Test
    void degrees_certificates_and_titles_come_from_the_profile() {
        var invented = new ResumeContent(
                valid.basics(),
                List.of(new Work("Globex", "Lead Architect", "2019", "2021-02", null, List.of())),
                List.of(new EducationEntry("MIT", "PhD Computer Science", null, "2020", "2024")),
                valid.skills(),
                valid.projects(),
                List.of(
                        new Certificate("AWS Certified Solutions Architect", "Amazon", null),
                        new Certificate("Oracle Certified Professional: Java SE 17", "Microsoft", "2023-05")),
                valid.mockmateEvidence());

        assertThat(check.problems(userId, invented))
                .containsExactly(
                        "/work/0/position: the profile has no such title at this employer; use the profile's title",
                        "/education/0/institution: this institution is not in the profile's education",
                        "/certificates/0/name: this certificate is not in the profile's certifications",
                        "/certificates/1/issuer: must be the profile's issuer of this certificate, or null");
    }

    @Test
    void evidence_must_be_the_verified_figures_and_skills_no_higher_verified_level() {
        var evidence = List.of(
                new Evidence(
                        "java", "Advanced", 6, new BigDecimal("81"), "Advanced in Java: 6 interviews, mean 81/100"),
                new Evidence("Java", "Expert", 9, new BigDecimal("95"), "Expert in Java: 9 interviews, mean 95/100"),
                new Evidence("Rust", "Expert", 3, new BigDecimal("90"), "Expert in Rust"));
        var skills = List.of(
                new SkillEntry("Java", "Advanced", List.of()),
                new SkillEntry("SQL & Databases", "Expert", List.of()),
                new SkillEntry("Rust", "Expert", List.of()));
        var claimed = new ResumeContent(
                valid.basics(),
                valid.work(),
                valid.education(),
                skills,
                valid.projects(),
                valid.certificates(),
                evidence);

        assertThat(check.problems(userId, claimed))
                .containsExactly(
                        "/mockmate_evidence/1/level: the verified level of this topic is Advanced",
                        "/mockmate_evidence/1/sessions: the verified number of interviews in this topic is 6",
                        "/mockmate_evidence/1/mean_score: the verified mean score of this topic is 81.25",
                        "/mockmate_evidence/1/statement: may name only this topic's verified level (Advanced), its 6"
                                + " interviews and its mean score",
                        "/mockmate_evidence/2/topic: not a topic of the verified insights; cite only insights.topics",
                        "/skills/1/level: MockMate verified this skill at Intermediate; use that level, the"
                                + " candidate's own or null");
    }
}
