package com.mockmate.resume.pdf;

import static com.mockmate.resume.pdf.PrintedDates.isBlank;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.pdf.ResumeBlocks.ContactItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a résumé's sections in the order recruiters and ATS parsers expect: name, headline and contact, then Summary,
 * Experience, Education, Skills, Projects, Certifications, and last what MockMate verified. A section with nothing in
 * it is left out, heading and all.
 */
record ResumeSections(ResumeBlocks blocks) {

    /** The heading of the insights the résumé cites, kept plain so that a parser takes it for any other section. */
    static final String EVIDENCE_HEADING = "Verified by MockMate";

    void write(ResumeContent content) {
        header(content.basics());
        summary(content.basics());
        experience(content.work());
        education(content.education());
        skills(content.skills());
        projects(content.projects());
        certifications(content.certificates());
        evidence(content.mockmateEvidence());
    }

    private void header(@Nullable Basics basics) {
        if (basics == null) {
            return;
        }
        if (!isBlank(basics.name())) {
            blocks.name(basics.name().strip());
        }
        if (!isBlank(basics.label())) {
            blocks.headline(basics.label().strip());
        }
        var contact = new ArrayList<ContactItem>();
        if (basics.location() != null && !isBlank(basics.location().city())) {
            contact.add(new ContactItem(basics.location().city().strip(), null));
        }
        if (!isBlank(basics.email())) {
            contact.add(new ContactItem(basics.email().strip(), null));
        }
        if (!isBlank(basics.url())) {
            contact.add(link(basics.url()));
        }
        for (var profile : basics.profiles()) {
            if (!isBlank(profile.url())) {
                contact.add(link(profile.url()));
            }
        }
        if (!contact.isEmpty()) {
            blocks.contact(contact);
        }
    }

    private void summary(@Nullable Basics basics) {
        if (basics != null && !isBlank(basics.summary())) {
            blocks.section("Summary");
            blocks.paragraph(basics.summary().strip());
        }
    }

    private void experience(List<ResumeContent.Work> work) {
        entries("Experience", work, (position, first) -> {
            blocks.entry(orEmpty(position.position()), orEmpty(position.name()), first);
            meta(PrintedDates.range(position.startDate(), position.endDate()));
            paragraph(position.summary());
            blocks.bullets(present(position.highlights()));
        });
    }

    private void education(List<ResumeContent.EducationEntry> education) {
        entries("Education", education, (entry, first) -> {
            blocks.entry(degree(entry), orEmpty(entry.institution()), first);
            meta(PrintedDates.range(entry.startDate(), entry.endDate()));
        });
    }

    /**
     * Skills with related keywords get a line each ("Java (Advanced): Spring Boot, JPA"), or, when space is short, one
     * paragraph separated by semicolons; a plain list of names is one comma-separated line, the form parsers split most
     * reliably.
     */
    private void skills(List<ResumeContent.SkillEntry> skills) {
        var named = skills.stream().filter(skill -> !isBlank(skill.name())).toList();
        if (named.isEmpty()) {
            return;
        }
        blocks.section("Skills");
        boolean withKeywords =
                named.stream().anyMatch(skill -> !present(skill.keywords()).isEmpty());
        if (!withKeywords) {
            blocks.paragraph(named.stream().map(ResumeSections::skill).collect(Collectors.joining(", ")));
        } else if (blocks.style().skillsInline()) {
            blocks.paragraph(
                    named.stream().map(ResumeSections::skillWithKeywords).collect(Collectors.joining("; ")));
        } else {
            blocks.bullets(named.stream().map(ResumeSections::skillWithKeywords).toList());
        }
    }

    private void projects(List<ResumeContent.Project> projects) {
        entries("Projects", projects, (project, first) -> {
            blocks.entry(orEmpty(project.name()), "", first);
            paragraph(project.description());
            blocks.bullets(present(project.highlights()));
        });
    }

    /** A section of entries, each opening with its title line (the first one sits closer to the heading). */
    private <T> void entries(String heading, List<T> items, BiConsumer<T, Boolean> entry) {
        if (items.isEmpty()) {
            return;
        }
        blocks.section(heading);
        for (int i = 0; i < items.size(); i++) {
            entry.accept(items.get(i), i == 0);
        }
    }

    private void paragraph(@Nullable String text) {
        if (!isBlank(text)) {
            blocks.paragraph(text.strip());
        }
    }

    private void certifications(List<ResumeContent.Certificate> certificates) {
        var items = certificates.stream()
                .filter(certificate -> !isBlank(certificate.name()))
                .map(certificate -> joined(
                        ", ", certificate.name().strip(), certificate.issuer(), PrintedDates.date(certificate.date())))
                .toList();
        if (!items.isEmpty()) {
            blocks.section("Certifications");
            blocks.bullets(items);
        }
    }

    private void evidence(List<ResumeContent.Evidence> evidence) {
        var statements =
                present(evidence.stream().map(ResumeContent.Evidence::statement).toList());
        if (!statements.isEmpty()) {
            blocks.section(EVIDENCE_HEADING);
            blocks.bullets(statements);
        }
    }

    private void meta(String dates) {
        if (!dates.isEmpty()) {
            blocks.meta(dates);
        }
    }

    /** "BSc Computer Science", or "BSc, Computer Science" when the profile keeps the field apart. */
    private static String degree(ResumeContent.EducationEntry entry) {
        var degree = orEmpty(entry.studyType());
        if (isBlank(entry.area())
                || degree.toLowerCase(Locale.ROOT).contains(entry.area().strip().toLowerCase(Locale.ROOT))) {
            return degree;
        }
        return joined(", ", degree, entry.area());
    }

    private static String skillWithKeywords(ResumeContent.SkillEntry skill) {
        var keywords = present(skill.keywords());
        return skill(skill) + (keywords.isEmpty() ? "" : ": " + String.join(", ", keywords));
    }

    private static String skill(ResumeContent.SkillEntry skill) {
        return skill.name().strip()
                + (isBlank(skill.level()) ? "" : " (" + skill.level().strip() + ")");
    }

    /** A link as people read it: without "https://", "www." and a trailing slash. */
    private static ContactItem link(String url) {
        var shown = url.strip().replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        shown = shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
        var clickable = url.strip().matches("(?i)https?://\\S+") ? url.strip() : null;
        return new ContactItem(shown, clickable);
    }

    private static List<String> present(List<String> texts) {
        return texts.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    private static String joined(String separator, @Nullable String... parts) {
        var present = new ArrayList<String>();
        for (var part : parts) {
            if (!isBlank(part)) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
