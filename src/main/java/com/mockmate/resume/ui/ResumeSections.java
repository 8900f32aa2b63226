package com.mockmate.resume.ui;

import static com.mockmate.resume.ui.EntryField.area;
import static com.mockmate.resume.ui.EntryField.commas;
import static com.mockmate.resume.ui.EntryField.date;
import static com.mockmate.resume.ui.EntryField.joinCommas;
import static com.mockmate.resume.ui.EntryField.joinLines;
import static com.mockmate.resume.ui.EntryField.lines;
import static com.mockmate.resume.ui.EntryField.optional;
import static com.mockmate.resume.ui.EntryField.required;
import static com.mockmate.resume.ui.EntryField.splitCommas;
import static com.mockmate.resume.ui.EntryField.splitLines;

import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.Project;
import com.mockmate.resume.domain.ResumeContent.SkillEntry;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The résumé's list sections as the editor shows them, with JSON Resume's property names as field keys. */
final class ResumeSections {

    static final SectionSpec<Work> WORK = new SectionSpec<>(
            "work",
            "Experience",
            "Employers and dates must match your profile; the wording of the highlights is yours.",
            "Position",
            List.of(
                    required("name", "Employer"),
                    required("position", "Position"),
                    date("startDate", "Start", true, "YYYY-MM, e.g. 2021-03"),
                    date("endDate", "End", false, "Empty while it continues"),
                    area("summary", "Summary (optional)"),
                    lines("highlights", "Highlights")),
            work -> Map.of(
                    "name", work.name(),
                    "position", work.position(),
                    "startDate", work.startDate(),
                    "endDate", text(work.endDate()),
                    "summary", text(work.summary()),
                    "highlights", joinLines(work.highlights())),
            values -> new Work(
                    values.get("name").strip(),
                    values.get("position").strip(),
                    values.get("startDate").strip(),
                    blankToNull(values.get("endDate")),
                    blankToNull(values.get("summary")),
                    splitLines(values.get("highlights"))));

    static final SectionSpec<EducationEntry> EDUCATION = new SectionSpec<>(
            "education",
            "Education",
            "Institutions, degrees and dates as your profile states them.",
            "Education entry",
            List.of(
                    required("institution", "Institution"),
                    required("studyType", "Degree"),
                    optional("area", "Field of study (optional)"),
                    date("startDate", "Start", true, "YYYY-MM, e.g. 2021-03"),
                    date("endDate", "End", false, "Empty while it continues")),
            entry -> Map.of(
                    "institution", entry.institution(),
                    "studyType", entry.studyType(),
                    "area", text(entry.area()),
                    "startDate", entry.startDate(),
                    "endDate", text(entry.endDate())),
            values -> new EducationEntry(
                    values.get("institution").strip(),
                    values.get("studyType").strip(),
                    blankToNull(values.get("area")),
                    values.get("startDate").strip(),
                    blankToNull(values.get("endDate"))));

    static final SectionSpec<SkillEntry> SKILLS = new SectionSpec<>(
            "skills",
            "Skills",
            "Keywords are related terms an applicant tracking system may look for.",
            "Skill",
            List.of(required("name", "Skill"), optional("level", "Level (optional)"), commas("keywords", "Keywords")),
            skill -> Map.of(
                    "name", skill.name(),
                    "level", text(skill.level()),
                    "keywords", joinCommas(skill.keywords())),
            values -> new SkillEntry(
                    values.get("name").strip(), blankToNull(values.get("level")), splitCommas(values.get("keywords"))));

    static final SectionSpec<Project> PROJECTS = new SectionSpec<>(
            "projects",
            "Projects",
            "What you built, and what came of it.",
            "Project",
            List.of(
                    required("name", "Project"),
                    area("description", "Description (optional)"),
                    lines("highlights", "Highlights")),
            project -> Map.of(
                    "name", project.name(),
                    "description", text(project.description()),
                    "highlights", joinLines(project.highlights())),
            values -> new Project(
                    values.get("name").strip(),
                    blankToNull(values.get("description")),
                    splitLines(values.get("highlights"))));

    static final SectionSpec<Certificate> CERTIFICATES = new SectionSpec<>(
            "certificates",
            "Certifications",
            "Certificates as your profile lists them.",
            "Certificate",
            List.of(
                    required("name", "Certificate"),
                    optional("issuer", "Issuer (optional)"),
                    date("date", "Date (optional)", false, "YYYY-MM, e.g. 2023-05")),
            certificate -> Map.of(
                    "name", certificate.name(),
                    "issuer", text(certificate.issuer()),
                    "date", text(certificate.date())),
            values -> new Certificate(
                    values.get("name").strip(), blankToNull(values.get("issuer")), blankToNull(values.get("date"))));

    private ResumeSections() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
