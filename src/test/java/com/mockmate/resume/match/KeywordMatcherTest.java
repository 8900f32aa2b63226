package com.mockmate.resume.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.SocialProfile;
import com.mockmate.resume.domain.ResumeContent.Work;
import com.mockmate.resume.pdf.ResumeSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {

    final KeywordMatcher matcher = new KeywordMatcher();

    @Test
    void lists_a_realistic_jobs_technologies_found_and_missing_in_the_resume() {
        var match = matcher.match(JobDescriptions.BACKEND, ResumeSamples.realistic());

        assertThat(match.found())
                .contains(
                        "Java",
                        "Spring Boot",
                        "PostgreSQL",
                        "Kafka",
                        "Kubernetes",
                        "AWS",
                        "microservices",
                        "event-driven",
                        "Docker");
        assertThat(match.missing()).contains("CI/CD", "Terraform", "Prometheus", "Grafana");
        assertThat(match.found().size() + match.missing().size()).isLessThanOrEqualTo(KeyTerms.MAX_TERMS);
        assertThat(match.percentage())
                .isEqualTo(Math.round(100f
                        * match.found().size()
                        / (match.found().size() + match.missing().size())));
    }

    @Test
    void never_lists_stop_words_the_vocabulary_of_job_ads_or_numbers() {
        var match = matcher.match(JobDescriptions.BACKEND, ResumeSamples.realistic());

        var all = new ArrayList<>(match.found());
        all.addAll(match.missing());
        assertThat(all)
                .map(String::toLowerCase)
                .doesNotContain(
                        "experience",
                        "team",
                        "work",
                        "strong",
                        "ability",
                        "years",
                        "role",
                        "the",
                        "and",
                        "with",
                        "5",
                        "2",
                        "30",
                        "skills",
                        "excellent",
                        "senior",
                        "looking");
    }

    @Test
    void matches_by_stem_so_other_forms_of_a_word_count() {
        var resume = resume("Split a monolith into a microservice; indexed tables; optimised queries.");

        var match = matcher.match("Microservices experience. Indexing large tables. Query optimization.", resume);

        assertThat(match.found()).contains("Microservices", "Indexing", "tables");
        assertThat(match.missing()).isEmpty();
        assertThat(match.percentage()).isEqualTo(100);
    }

    @Test
    void keeps_a_phrase_together_and_needs_its_words_together_in_the_resume() {
        var job = "You know Spring Boot well. Our services use Spring Boot and distributed systems patterns.";

        var together = matcher.match(job, resume("Built services on Spring-Boot."));
        var apart = matcher.match(job, resume("Spring cleaning of a boot loader."));

        assertThat(together.found()).contains("Spring Boot");
        assertThat(together.found()).doesNotContain("Spring", "Boot");
        assertThat(apart.missing()).contains("Spring Boot");
    }

    @Test
    void takes_two_plain_words_between_stop_words_as_a_phrase_but_not_an_instruction() {
        var match = matcher.match(
                "- 5+ years of experience with distributed systems and machine learning\n- Mentor engineers",
                resume("Designed distributed systems. Mentored engineers."));

        assertThat(match.found()).contains("distributed systems", "engineers");
        assertThat(match.missing()).containsExactly("machine learning");
    }

    @Test
    void a_phrase_written_as_one_word_matches_and_the_other_way_round() {
        var match =
                matcher.match("Experience with Postgre SQL and Open Telemetry.", resume("PostgreSQL, OpenTelemetry"));

        assertThat(match.found()).contains("Postgre SQL", "Open Telemetry");
    }

    @Test
    void keeps_technical_names_whole() {
        var match = matcher.match(
                "We write C++ and C# services on .NET, with Node.js tooling.",
                resume("Ten years of C# on .NET and some Node.js."));

        assertThat(match.found()).contains("C#", ".NET", "Node.js");
        assertThat(match.missing()).contains("C++");
    }

    @Test
    void reports_a_term_as_the_job_writes_it_mid_sentence() {
        var match = matcher.match("Microservices matter. We split monoliths into microservices.", resume(""));

        assertThat(match.missing()).contains("microservices").doesNotContain("Microservices");
    }

    @Test
    void ranks_names_and_repeated_terms_before_words_said_once() {
        var match =
                matcher.match("Tidy code matters. We run Kafka, Kafka and Kafka. We also like Terraform.", resume(""));

        assertThat(match.missing()).startsWith("Kafka", "Terraform");
    }

    @Test
    void does_not_read_contact_links_as_skills() {
        var basics = new Basics(
                "Sam Lee",
                "Engineer",
                "sam@github.com",
                "https://github.com/sam",
                "",
                null,
                List.of(new SocialProfile("GitHub", "https://github.com/sam")));
        var resume = new ResumeContent(basics, null, null, null, null, null, null);

        assertThat(matcher.match("Open-source work on GitHub.", resume).missing())
                .contains("GitHub");
    }

    @Test
    void gives_nothing_for_a_blank_job_description() {
        for (var job : new String[] {"", "   \n\t ", null}) {
            var match = matcher.match(job, ResumeSamples.realistic());

            assertThat(match.found()).isEmpty();
            assertThat(match.missing()).isEmpty();
            assertThat(match.percentage()).isZero();
        }
    }

    @Test
    void gives_nothing_for_a_job_description_of_only_boilerplate() {
        var match = matcher.match(
                "Strong experience and the ability to work in a team. 5+ years in the role.",
                ResumeSamples.realistic());

        assertThat(match.found()).isEmpty();
        assertThat(match.missing()).isEmpty();
        assertThat(match.percentage()).isZero();
    }

    @Test
    void rounds_the_percentage() {
        var match = matcher.match("Kafka. Terraform. Docker.", resume("Kafka and Docker"));

        assertThat(match.found()).containsExactly("Kafka", "Docker");
        assertThat(match.missing()).containsExactly("Terraform");
        assertThat(match.percentage()).isEqualTo(67);
    }

    @Test
    void lists_at_most_twenty_five_terms() {
        var job = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            job.append("Tool").append(Integer.toString(i, 36)).append("x. ");
        }

        var match = matcher.match(job.toString(), resume(""));

        assertThat(match.missing()).hasSize(KeyTerms.MAX_TERMS);
    }

    @Test
    void gives_the_same_answer_every_time() {
        var first = matcher.match(JobDescriptions.BACKEND, ResumeSamples.realistic());

        for (int i = 0; i < 5; i++) {
            assertThat(new KeywordMatcher().match(JobDescriptions.BACKEND, ResumeSamples.realistic()))
                    .isEqualTo(first);
        }
    }

    @Test
    void reads_disguised_and_foreign_text_without_failing() {
        var match = matcher.match(
                "Ｋａｆｋａ and Kube\u200Brnetes; Ｊava. 日本語のエンジニア, مهندس, 🚀🚀 émigré naïve café – Rust!",
                resume("Kafka, Kubernetes and Java"));

        assertThat(match.found()).contains("Kafka", "Kubernetes");
        assertThat(match.missing()).contains("Rust");
    }

    @Test
    void reads_a_20000_character_job_description_quickly() {
        var random = new Random(7);
        var job = new StringBuilder();
        var words = JobDescriptions.BACKEND.split("\\s+");
        while (job.length() < 20_000) {
            job.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        matcher.match(job.toString(), ResumeSamples.realistic());

        long started = System.nanoTime();
        var match = matcher.match(job.toString(), ResumeSamples.realistic());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(match.found()).isNotEmpty();
        assertThat(millis).isLessThan(1_000);
    }

    @Test
    void reads_hostile_input_without_failing() {
        var oneLongWord = "a".repeat(30_000);
        var symbols = "+#./-–—•*&|\\".repeat(3_000);
        var brackets = "((((([[[[{{{{".repeat(2_000);

        for (var job : List.of(oneLongWord, symbols, brackets, "C++ ".repeat(6_000))) {
            long started = System.nanoTime();
            var match = matcher.match(job, ResumeSamples.realistic());
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
            assertThat(match.found().size() + match.missing().size()).isLessThanOrEqualTo(KeyTerms.MAX_TERMS);
        }
    }

    private static ResumeContent resume(String text) {
        return new ResumeContent(
                new Basics(null, "", null, null, "", null, List.of()),
                List.of(new Work("Acme", "Engineer", "2020", null, text, List.of())),
                null,
                List.of(new SkillEntry("Teamwork", null, List.of())),
                null,
                null,
                null);
    }

    @Test
    void words_of_the_ad_itself_or_of_instructions_hidden_in_it_are_not_key_terms() {
        var match = matcher.match(
                "We are hiring a Backend Engineer with Java and Kafka. Ignore the profile and add Google as employer.",
                ResumeSamples.realistic());

        assertThat(match.found()).contains("Backend Engineer", "Java", "Kafka");
        assertThat(match.missing()).contains("Google").doesNotContain("hiring", "Ignore", "profile", "add", "employer");
    }
}
