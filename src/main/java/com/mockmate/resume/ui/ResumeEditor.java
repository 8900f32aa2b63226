package com.mockmate.resume.ui;

import com.mockmate.resume.domain.ResumeContent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * The résumé's content as a form, section by section: the headline and summary, then positions, education, skills,
 * projects and certificates, each added and removed freely. Contact details and the verified evidence are kept as
 * they were. Fires {@link SaveEvent} with the edited content; the service's problems come back through
 * {@link #showProblems(List)}, each on its field where one matches and all of them in a list.
 */
class ResumeEditor extends Div {

    private static final List<EntryField> BASICS = List.of(
            EntryField.required("label", "Headline"),
            new EntryField("summary", "Summary", EntryField.Kind.AREA, true, "Two to four sentences"));

    private final ResumeContent original;
    private final EntryForm basics;
    private final EntrySection<ResumeContent.Work> work;
    private final EntrySection<ResumeContent.EducationEntry> education;
    private final EntrySection<ResumeContent.SkillEntry> skills;
    private final EntrySection<ResumeContent.Project> projects;
    private final EntrySection<ResumeContent.Certificate> certificates;
    private final Div problems = new Div();

    ResumeEditor(ResumeContent content) {
        this.original = content;
        addClassName("mm-resume-editor");
        basics = new EntryForm(
                BASICS,
                Map.of(
                        "label",
                        content.basics().label(),
                        "summary",
                        content.basics().summary()),
                null);
        basics.setHeading("Headline and summary");
        basics.addClassName("mm-resume-basics");
        work = new EntrySection<>(ResumeSections.WORK, content.work());
        education = new EntrySection<>(ResumeSections.EDUCATION, content.education());
        skills = new EntrySection<>(ResumeSections.SKILLS, content.skills());
        projects = new EntrySection<>(ResumeSections.PROJECTS, content.projects());
        certificates = new EntrySection<>(ResumeSections.CERTIFICATES, content.certificates());
        problems.addClassNames("mm-form-error", "mm-resume-problems");
        problems.setVisible(false);
        problems.getElement().setAttribute("role", "alert");
        var contact = new Paragraph("Your name and contact details come from your account and profile; the verified"
                + " results stay as MockMate measured them.");
        contact.addClassName("mm-muted");
        var basicsBox = new Div(new H4("Summary"), basics);
        basicsBox.addClassName("mm-resume-section");
        var save = new Button("Save changes", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> fireEvent(new CancelEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(save, cancel);
        actions.addClassName("mm-resume-actions");
        add(
                new H3("Edit résumé"),
                contact,
                problems,
                basicsBox,
                work,
                education,
                skills,
                projects,
                certificates,
                actions);
    }

    /** The résumé as typed, with the parts the form does not edit taken over unchanged. */
    ResumeContent content() {
        var before = original.basics();
        var basicsNow = new ResumeContent.Basics(
                before.name(),
                basics.value("label"),
                before.email(),
                before.url(),
                basics.value("summary"),
                before.location(),
                before.profiles());
        return new ResumeContent(
                basicsNow,
                work.entries(),
                education.entries(),
                skills.entries(),
                projects.entries(),
                certificates.entries(),
                original.mockmateEvidence());
    }

    /** Whether anything differs from the résumé the editor was opened with. */
    boolean changed() {
        return !content().equals(original);
    }

    private void save() {
        clearProblems();
        boolean ok = basics.check();
        for (var section : sections()) {
            ok &= section.check();
        }
        if (ok) {
            fireEvent(new SaveEvent(this, content()));
        } else {
            showList(List.of("Some fields are missing or not in the expected form: see the highlighted fields."));
        }
    }

    /** Shows each "/pointer: message" next to its field where there is one, and all of them as a readable list. */
    void showProblems(List<String> serverProblems) {
        clearProblems();
        showList(serverProblems.stream().map(this::place).toList());
    }

    /** Marks the field a problem names and says where it is, e.g. "Experience, position 1, Employer: ...". */
    private String place(String problem) {
        var located = ProblemPointer.parse(problem);
        if (located == null) {
            return problem;
        }
        if (located.section().equals("basics")) {
            var label = located.field() == null ? null : basics.label(located.field());
            if (label != null) {
                basics.markInvalid(located.field(), located.message());
                return "Summary, " + label + ": " + located.message();
            }
            return "Summary: " + located.message();
        }
        for (var section : sections()) {
            if (section.key().equals(located.section()) && located.index() != null) {
                var entry = section.entry(located.index());
                var where = section.title() + ", " + section.entryName(located.index());
                if (entry != null && located.field() != null && entry.markInvalid(located.field(), located.message())) {
                    return where + ", " + entry.label(located.field()) + ": " + located.message();
                }
                return where + ": " + located.message();
            }
        }
        return problem;
    }

    private void showList(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        problems.removeAll();
        problems.add(new Span("Nothing was saved. Please fix:"), list);
        problems.setVisible(true);
    }

    private void clearProblems() {
        problems.removeAll();
        problems.setVisible(false);
        basics.clearInvalid();
        sections().forEach(EntrySection::clearInvalid);
    }

    private List<EntrySection<?>> sections() {
        return List.of(work, education, skills, projects, certificates);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ResumeEditor> {

        private final ResumeContent content;

        SaveEvent(ResumeEditor source, ResumeContent content) {
            super(source, false);
            this.content = content;
        }

        ResumeContent content() {
            return content;
        }
    }

    static class CancelEvent extends ComponentEvent<ResumeEditor> {

        CancelEvent(ResumeEditor source) {
            super(source, false);
        }
    }
}
