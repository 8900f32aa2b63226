package com.mockmate.resume.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The résumé editor alone: no Spring, no database. */
class ResumeEditorTest {

    static final ResumeContent CONTENT = new ResumeContent(
            new Basics(
                    "Jane Doe",
                    "Backend Engineer",
                    "jane@example.test",
                    "https://jane.example",
                    "Builds reliable services.",
                    new Location("Berlin"),
                    List.of(new SocialProfile("GitHub", "https://github.com/jane"))),
            List.of(new Work(
                    "Acme Robotics",
                    "Software Engineer",
                    "2021-03",
                    null,
                    null,
                    List.of("Cut p95 latency by 40%", "Led the move to Java 21"))),
            List.of(new EducationEntry("TU Berlin", "BSc Computer Science", null, "2016", "2020")),
            List.of(new SkillEntry("Java", "Advanced", List.of("Spring", "JPA"))),
            List.of(new Project("MockMate", "Interview practice", List.of("Vaadin UI"))),
            List.of(new Certificate("AWS Developer", "Amazon", "2023-05")),
            List.of(new Evidence("Java", "Advanced", 6, new BigDecimal("81.0"), "Advanced in Java: 6 interviews")));

    private ResumeEditor editor;
    private final List<ResumeContent> saved = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        editor = new ResumeEditor(CONTENT);
        editor.addSaveListener(event -> saved.add(event.content()));
        editor.addCancelListener(event -> cancelled++);
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void shows_every_section_as_fields_and_saves_it_unchanged() {
        assertThat(field("Headline").getValue()).isEqualTo("Backend Engineer");
        assertThat(_get(editor, TextArea.class, spec -> spec.withLabel("Summary"))
                        .getValue())
                .isEqualTo("Builds reliable services.");
        assertThat(field("Employer").getValue()).isEqualTo("Acme Robotics");
        assertThat(workHighlights().getValue()).isEqualTo("Cut p95 latency by 40%\nLed the move to Java 21");
        assertThat(field("Institution").getValue()).isEqualTo("TU Berlin");
        assertThat(field("Keywords").getValue()).isEqualTo("Spring, JPA");
        assertThat(field("Certificate").getValue()).isEqualTo("AWS Developer");
        assertThat(editor.changed()).isFalse();

        save();

        assertThat(saved).containsExactly(CONTENT);
    }

    @Test
    void edits_become_the_records_with_contact_details_and_evidence_kept() {
        _setValue(field("Headline"), "Platform Engineer");
        _setValue(field("Position"), "Senior Software Engineer");
        _setValue(workHighlights(), "Cut p95 latency by 40%\n\n  Mentored two juniors  \n");
        _setValue(_get(work(), TextField.class, spec -> spec.withLabel("End")), "2025-06");
        _setValue(field("Keywords"), "Spring Boot, , Hibernate ");
        assertThat(editor.changed()).isTrue();

        save();

        var content = saved.getFirst();
        assertThat(content.basics().label()).isEqualTo("Platform Engineer");
        assertThat(content.basics().name()).isEqualTo("Jane Doe");
        assertThat(content.basics().email()).isEqualTo("jane@example.test");
        assertThat(content.basics().profiles()).isEqualTo(CONTENT.basics().profiles());
        assertThat(content.work().getFirst())
                .isEqualTo(new Work(
                        "Acme Robotics",
                        "Senior Software Engineer",
                        "2021-03",
                        "2025-06",
                        null,
                        List.of("Cut p95 latency by 40%", "Mentored two juniors")));
        assertThat(content.skills().getFirst().keywords()).containsExactly("Spring Boot", "Hibernate");
        assertThat(content.mockmateEvidence()).isEqualTo(CONTENT.mockmateEvidence());
    }

    @Test
    void entries_are_added_and_removed() {
        _click(_get(editor, Button.class, spec -> spec.withText("Add skill")));
        var skills = _find(editor, TextField.class, spec -> spec.withLabel("Skill"));
        assertThat(skills).hasSize(2);
        _setValue(skills.get(1), "Kotlin");
        assertThat(get_textRecursively(editor)).contains("Skill 1", "Skill 2");

        var remove = _get(work(), Button.class, spec -> spec.withText("Remove"));
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove Position 1");
        _click(remove);
        _click(_get(editor, Button.class, spec -> spec.withText("Add position")));
        save();

        var content = saved.getFirst();
        assertThat(content.skills()).extracting(SkillEntry::name).containsExactly("Java", "Kotlin");
        assertThat(content.work()).as("a new position left blank is not saved").isEmpty();
    }

    @Test
    void a_missing_field_or_a_malformed_date_is_marked_and_nothing_is_fired() {
        _setValue(field("Employer"), " ");
        _setValue(_get(work(), TextField.class, spec -> spec.withLabel("Start")), "March 2021");

        save();

        assertThat(saved).isEmpty();
        assertThat(field("Employer").isInvalid()).isTrue();
        assertThat(field("Employer").getErrorMessage()).isEqualTo("Enter the employer");
        assertThat(_get(work(), TextField.class, spec -> spec.withLabel("Start"))
                        .getErrorMessage())
                .contains("YYYY-MM");
        assertThat(get_textRecursively(editor)).contains("Nothing was saved", "highlighted fields");
    }

    @Test
    void the_services_problems_land_on_their_fields_and_in_a_readable_list() {
        editor.showProblems(List.of(
                "/work/0/name: is not an employer in your profile",
                "/basics/summary: must be at most 1000 characters",
                "/skills/0/keywords/1: must not be blank",
                "/certificates/7: is not in your profile",
                "the résumé must have a work section"));

        assertThat(field("Employer").isInvalid()).isTrue();
        assertThat(field("Employer").getErrorMessage()).isEqualTo("is not an employer in your profile");
        assertThat(_get(editor, TextArea.class, spec -> spec.withLabel("Summary"))
                        .isInvalid())
                .isTrue();
        assertThat(field("Keywords").getErrorMessage()).isEqualTo("must not be blank");
        assertThat(get_textRecursively(editor))
                .contains(
                        "Nothing was saved",
                        "Experience, position 1, Employer: is not an employer in your profile",
                        "Summary, Summary: must be at most 1000 characters",
                        "Skills, skill 1, Keywords: must not be blank",
                        "Certifications, certificate 8: is not in your profile",
                        "the résumé must have a work section");
        assertThat(field("Position").isInvalid()).isFalse();
    }

    @Test
    void cancel_fires_its_event() {
        _click(_get(editor, Button.class, spec -> spec.withText("Cancel")));

        assertThat(cancelled).isOne();
        assertThat(saved).isEmpty();
    }

    private void save() {
        _click(_get(editor, Button.class, spec -> spec.withText("Save changes")));
    }

    private TextField field(String label) {
        return _get(editor, TextField.class, spec -> spec.withLabel(label));
    }

    private TextArea workHighlights() {
        return _get(work(), TextArea.class, spec -> spec.withLabel("Highlights"));
    }

    /** The first section, Experience: some labels (Start, End, Highlights) recur in other sections. */
    @SuppressWarnings("rawtypes")
    private EntrySection work() {
        return _find(editor, EntrySection.class).getFirst();
    }
}
