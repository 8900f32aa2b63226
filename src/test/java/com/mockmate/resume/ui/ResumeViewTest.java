package com.mockmate.resume.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.Skill;
import com.mockmate.profile.service.Profiles;
import com.mockmate.resume.job.ResumeJob;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Résumé view on the real services: asked for, written by the job (offline builder), shown, edited, deleted. */
@IntegrationTest
class ResumeViewTest extends BrowserlessTest {

    static final String JOB = "We are hiring a Backend Engineer. You will build services in Java with Spring Boot and"
            + " PostgreSQL, run them on Kubernetes and own their observability.";

    @Autowired
    Profiles profiles;

    @Autowired
    ResumeJob job;

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_can_open_it_and_starts_with_nothing(Role role) {
        signInAsNew(role);

        UI.getCurrent().navigate("resume");

        var view = _get(ResumeView.class);
        assertThat(get_textRecursively(view)).contains("My résumé", "No résumé yet", "Earlier versions");
        assertThat(_get(view, Button.class, spec -> spec.withText("Generate résumé"))
                        .isEnabled())
                .isTrue();
        SessionSerialization.roundTripCurrentSession("résumé view as " + role);
    }

    @Test
    void a_request_shows_its_progress_then_the_finished_resume_with_preview_match_and_download() throws Exception {
        var user = candidateWithProfile();
        request("Backend Engineer", JOB);

        var view = _get(ResumeView.class);
        assertThat(get_textRecursively(view)).contains("Step 1 of 2", "Queued");
        assertThat(_get(view, Button.class, spec -> spec.withText("Generating…"))
                        .isEnabled())
                .isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        SessionSerialization.roundTripCurrentSession("résumé view while queued");

        job.generate(latestResume(user));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(view, H3.class, spec -> spec.withText("Backend Engineer")))
                .isNotNull();
        assertThat(get_textRecursively(view)).contains("Offline builder", "Ready", "ATS keyword match");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        var match = _get(view, KeywordMatchPanel.class);
        assertThat(get_textRecursively(match)).contains("Found in your résumé", "Java", "Missing from your résumé");
        assertThat(get_textRecursively(match)).containsPattern("\\d+%");
        var pdf = DownloadKt._download(_get(view, Anchor.class, spec -> spec.withText("Download PDF")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var page = _get(view, Image.class, spec -> spec.withAttribute("alt", "Page 1 of your résumé"));
        var png = DownloadKt.download(page);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(DownloadKt.download(page))
                .as("rendered again once the kept page was sent")
                .startsWith(0x89);
        SessionSerialization.roundTripCurrentSession("résumé view when ready");
    }

    @Test
    void the_page_polls_while_the_resume_is_written_elsewhere_and_stops_when_it_is_done() {
        var user = candidateWithProfile();
        request("Platform Engineer", null);
        var id = latestResume(user);
        // As if the job ran on another instance: the row changes, no event reaches this one.
        jdbc.update("UPDATE resumes SET status = 'GENERATING' WHERE id = ?", id);

        poll();

        assertThat(get_textRecursively(_get(ResumeView.class))).contains("Step 2 of 2", "Generating");
        job.generate(id);
        poll();

        var view = _get(ResumeView.class);
        assertThat(_find(view, ReadyResume.class)).hasSize(1);
        assertThat(get_textRecursively(view))
                .as("no job description, no match")
                .contains("No job description was given")
                .doesNotContain("ATS keyword match");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_failed_resume_says_why_and_try_again_asks_once_more() {
        var user = candidateWithProfile();
        request("Data Engineer", JOB);
        var id = latestResume(user);
        jdbc.update(
                "UPDATE resumes SET status = 'FAILED', failure_reason = 'The model did not answer in time.' WHERE id = ?",
                id);
        poll();

        var view = _get(ResumeView.class);
        assertThat(get_textRecursively(view))
                .contains("This résumé could not be made.", "Reason: The model did not answer in time.", "Failed");
        _click(_get(view, Button.class, spec -> spec.withText("Try again")));

        assertThat(jdbc.queryForList(
                        "SELECT status FROM resumes WHERE user_id = ? ORDER BY created_at", String.class, user.id()))
                .containsExactly("FAILED", "QUEUED");
        assertThat(jdbc.queryForObject(
                        "SELECT job_description FROM resumes WHERE id = ?", String.class, latestResume(user)))
                .isEqualTo(JOB);
        assertThat(get_textRecursively(view)).contains("Step 1 of 2");
    }

    @Test
    void a_blank_role_is_refused_on_its_field_and_nothing_is_asked() {
        var user = candidateWithProfile();
        UI.getCurrent().navigate("resume");

        _click(_get(Button.class, spec -> spec.withText("Generate résumé")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Target role")).isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM resumes WHERE user_id = ?", Integer.class, user.id()))
                .isZero();
    }

    @Test
    void an_edit_is_saved_and_the_preview_made_again() {
        var user = candidateWithProfile();
        readyResume(user, "Backend Engineer", JOB);
        var view = _get(ResumeView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Edit")));
        var editor = _get(view, ResumeEditor.class);
        assertThat(_get(editor, TextField.class, spec -> spec.withLabel("Employer"))
                        .getValue())
                .isEqualTo("Acme Robotics");

        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Headline")), "Senior Backend Engineer");
        _click(_get(editor, Button.class, spec -> spec.withText("Save changes")));

        expectNotifications("Saved. The PDF and its preview were made again.");
        assertThat(_find(view, ResumeEditor.class)).isEmpty();
        assertThat(get_textRecursively(view)).contains("edited by you");
        assertThat(_find(view, Image.class)).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT content -> 'basics' ->> 'label' FROM resumes WHERE id = ?",
                        String.class,
                        latestResume(user)))
                .isEqualTo("Senior Backend Engineer");
        SessionSerialization.roundTripCurrentSession("résumé view after an edit");
    }

    @Test
    void an_invented_employer_is_marked_on_its_field_and_nothing_is_saved() {
        var user = candidateWithProfile();
        readyResume(user, "Backend Engineer", null);
        var view = _get(ResumeView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Edit")));
        var employer = _get(view, TextField.class, spec -> spec.withLabel("Employer"));

        _setValue(employer, "Google");
        _click(_get(view, Button.class, spec -> spec.withText("Save changes")));

        assertThat(employer.isInvalid()).isTrue();
        assertThat(get_textRecursively(view)).contains("Nothing was saved", "Experience, position 1, Employer: ");
        assertThat(jdbc.queryForObject(
                        "SELECT content -> 'work' -> 0 ->> 'name' FROM resumes WHERE id = ?",
                        String.class,
                        latestResume(user)))
                .isEqualTo("Acme Robotics");
    }

    @Test
    void earlier_versions_can_be_shown_again_and_deleted_after_confirmation() {
        var user = candidateWithProfile();
        readyResume(user, "Backend Engineer", JOB);
        var older = latestResume(user);
        readyResume(user, "Site Reliability Engineer", null);
        var view = _get(ResumeView.class);
        assertThat(_get(view, H3.class, spec -> spec.withText("Site Reliability Engineer")))
                .isNotNull();
        var versions = _get(view, VersionList.class);
        assertThat(get_textRecursively(versions)).contains("Backend Engineer", "Site Reliability Engineer", "% match");

        _click(_get(versions, Button.class, spec -> spec.withText("Backend Engineer")));

        assertThat(_find(view, H3.class, spec -> spec.withText("Backend Engineer")))
                .hasSize(1);
        assertThat(_find(view, KeywordMatchPanel.class)).hasSize(1);

        var delete = _find(versions, Button.class).stream()
                .filter(button -> String.valueOf(button.getElement().getAttribute("aria-label"))
                        .startsWith("Delete the résumé for Backend Engineer"))
                .findFirst()
                .orElseThrow();
        _click(delete);
        var confirm = _get(ConfirmDialog.class);
        SessionSerialization.roundTripCurrentSession("résumé view asking before a delete");
        ConfirmDialogKt._fireConfirm(confirm);

        expectNotifications("Résumé deleted.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM resumes WHERE id = ?", Integer.class, older))
                .isZero();
        assertThat(get_textRecursively(_get(view, VersionList.class))).doesNotContain("Backend Engineer");
        assertThat(_find(view, H3.class, spec -> spec.withText("Site Reliability Engineer")))
                .hasSize(1);
    }

    @Test
    void leaving_the_editor_with_changes_asks_first() {
        var user = candidateWithProfile();
        readyResume(user, "Backend Engineer", null);
        var view = _get(ResumeView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Headline")), "Changed");

        _click(_get(view, Button.class, spec -> spec.withText("Cancel")));

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(view, ResumeEditor.class)).isEmpty();
        assertThat(_find(view, ReadyResume.class)).hasSize(1);
    }

    private AuthenticatedUser candidateWithProfile() {
        var user = signInAsNew(Role.USER);
        profiles.update(
                user,
                new ProfileContent(
                        user.username(),
                        false,
                        true,
                        "Backend engineer",
                        "I build payment systems that stay up.",
                        "Berlin",
                        List.of(new Experience(
                                "Software Engineer",
                                "Acme Robotics",
                                "2021-03",
                                null,
                                List.of("Cut the order API's p95 latency by 40%"))),
                        List.of(new Education("TU Berlin", "BSc Computer Science", "2016", "2020")),
                        List.of(new Skill("Java", "advanced", 5), new Skill("Spring Boot", "advanced", 4)),
                        List.of(new Certification("AWS Certified Developer", "Amazon Web Services", "2023-05")),
                        List.of()));
        return user;
    }

    private static void request(String targetRole, String jobDescription) {
        if (_find(ResumeView.class).isEmpty()) {
            UI.getCurrent().navigate("resume");
        }
        _setValue(_get(TextField.class, spec -> spec.withLabel("Target role")), targetRole);
        if (jobDescription != null) {
            _setValue(
                    _get(
                            com.vaadin.flow.component.textfield.TextArea.class,
                            spec -> spec.withLabel("Job description (optional)")),
                    jobDescription);
        }
        _click(_get(Button.class, spec -> spec.withText("Generate résumé")));
    }

    private void readyResume(AuthenticatedUser user, String targetRole, String jobDescription) {
        request(targetRole, jobDescription);
        job.generate(latestResume(user));
        MockVaadin.clientRoundtrip(false);
        poll();
        assertThat(_find(_get(ResumeView.class), ReadyResume.class)).hasSize(1);
    }

    private UUID latestResume(AuthenticatedUser user) {
        return jdbc.queryForObject(
                "SELECT id FROM resumes WHERE user_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class, user.id());
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
