package com.mockmate.resume.pdf;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import com.mockmate.resume.domain.ResumeContent.Location;
import com.mockmate.resume.domain.ResumeContent.Project;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.SocialProfile;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Résumés to render and match: a realistic full profile, and a large one that must still fit two pages. */
public final class ResumeSamples {

    private ResumeSamples() {}

    /** A backend engineer with seven years in three positions: every section filled, as most candidates' are. */
    public static ResumeContent realistic() {
        return new ResumeContent(
                new Basics(
                        "Jane Doe",
                        "Senior Backend Engineer",
                        "jane.doe@example.com",
                        "https://jane-doe.dev/",
                        "Backend engineer with seven years of building Java services for logistics and robotics."
                                + " Designs event-driven microservices on Spring Boot and PostgreSQL, runs them on"
                                + " Kubernetes, and mentors engineers through reviews and pairing.",
                        new Location("Berlin"),
                        List.of(
                                new SocialProfile("GitHub", "https://github.com/janedoe"),
                                new SocialProfile("LinkedIn", "https://www.linkedin.com/in/jane-doe"))),
                List.of(
                        new Work(
                                "Acme Robotics",
                                "Senior Software Engineer",
                                "2021-03",
                                null,
                                null,
                                List.of(
                                        "Led the move of the fleet scheduler from a monolith to six Spring Boot"
                                                + " microservices; deployments went from weekly to daily.",
                                        "Cut p95 latency of the order API from 480 ms to 120 ms with PostgreSQL"
                                                + " index tuning and a Redis read-through cache.",
                                        "Introduced Kafka-based event sourcing for robot telemetry (40k events/s).",
                                        "Mentored four engineers; ran the backend guild's design reviews.")),
                        new Work(
                                "Parcelly GmbH",
                                "Software Engineer",
                                "2018-09",
                                "2021-02",
                                "Built the shipment tracking platform for 1,200 merchants.",
                                List.of(
                                        "Designed the REST API and its OpenAPI contract, used by three mobile apps.",
                                        "Wrote the carrier integration layer in Java 11 with retries and circuit"
                                                + " breakers; failed hand-overs dropped by 70 %.",
                                        "Moved CI from Jenkins to GitHub Actions; builds went from 25 to 8 minutes.")),
                        new Work(
                                "Datalane",
                                "Junior Developer",
                                "2017-07",
                                "2018-08",
                                null,
                                List.of(
                                        "Maintained ETL jobs in Java and SQL for reporting dashboards.",
                                        "Added integration tests that caught two data-loss bugs before release."))),
                List.of(
                        new EducationEntry("TU Berlin", "MSc Computer Science", null, "2015", "2017"),
                        new EducationEntry("University of Potsdam", "BSc", "Computer Science", "2012", "2015")),
                List.of(
                        new SkillEntry("Java", "Expert", List.of("Spring Boot", "JPA", "JUnit")),
                        new SkillEntry("Kotlin", "Advanced", List.of()),
                        new SkillEntry("PostgreSQL", "Advanced", List.of("query tuning", "Liquibase")),
                        new SkillEntry("Kafka", "Advanced", List.of("event sourcing")),
                        new SkillEntry("Kubernetes", "Intermediate", List.of("Helm", "Docker")),
                        new SkillEntry("AWS", "Intermediate", List.of("S3", "RDS", "EKS")),
                        new SkillEntry("System design", "Advanced", List.of("distributed systems", "caching"))),
                List.of(
                        new Project(
                                "route-planner",
                                "Open-source vehicle routing library for Java (1.2k GitHub stars).",
                                List.of("Solves 500-stop routes in under two seconds with a tabu search.")),
                        new Project(
                                "Conference talk: Event sourcing without regrets",
                                "JavaLand 2024, 300 attendees.",
                                List.of())),
                List.of(
                        new Certificate("AWS Certified Developer – Associate", "Amazon Web Services", "2023-05"),
                        new Certificate("Certified Kubernetes Application Developer", "CNCF", "2022-11")),
                List.of(
                        new Evidence(
                                "Java",
                                "Advanced",
                                6,
                                new BigDecimal("81.5"),
                                "Advanced in Java: 6 MockMate mock interviews, mean score 81.5/100"),
                        new Evidence(
                                "System Design",
                                "Intermediate",
                                4,
                                new BigDecimal("68.0"),
                                "Intermediate in System Design: 4 MockMate mock interviews, mean score 68/100")));
    }

    /**
     * A long career written out in full: six positions with five to three two-line highlights each, fifteen skills,
     * three projects and four certificates. It must still fit two pages.
     */
    public static ResumeContent large() {
        var base = realistic();
        var work = new ArrayList<Work>();
        String[] employers = {
            "Acme Robotics", "Parcelly GmbH", "Datalane", "Nordwind Energy", "Helix Health", "Brightbyte"
        };
        for (int i = 0; i < employers.length; i++) {
            var highlights = new ArrayList<String>();
            for (int h = 0; h < 5 - i / 2; h++) {
                highlights.add("Delivered project " + (h + 1) + " at " + employers[i]
                        + ": designed the service, wrote the Java code and its tests, and ran it in production"
                        + " with dashboards and alerts.");
            }
            work.add(new Work(
                    employers[i],
                    i == 0 ? "Staff Engineer" : "Software Engineer",
                    (2024 - 3 * i) + "-01",
                    i == 0 ? null : (2024 - 3 * i + 2) + "-12",
                    "Backend work on the core platform.",
                    highlights));
        }
        var skills = new ArrayList<>(base.skills());
        for (var name : List.of("Go", "Python", "Terraform", "gRPC", "GraphQL", "Redis", "Elasticsearch", "React")) {
            skills.add(new SkillEntry(name, "Intermediate", List.of("production use")));
        }
        var projects = new ArrayList<>(base.projects());
        projects.add(new Project("metrics-lite", "A tiny metrics library.", List.of("Used by 40 projects.")));
        var certificates = new ArrayList<>(base.certificates());
        certificates.add(new Certificate("Oracle Certified Professional: Java SE 17 Developer", "Oracle", "2022-03"));
        certificates.add(new Certificate("Professional Scrum Master I", "Scrum.org", "2020-06"));
        return new ResumeContent(
                base.basics(), work, base.education(), skills, projects, certificates, base.mockmateEvidence());
    }
}
