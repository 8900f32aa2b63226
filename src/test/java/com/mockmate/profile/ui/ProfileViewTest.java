package com.mockmate.profile.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.base.ui.NotFoundView;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.job.ProfileInsightsJob;
import com.mockmate.profile.service.Profiles;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProfileViewTest extends BrowserlessTest {

    @Autowired
    ProfileInsightsJob insightsJob;

    @Autowired
    Profiles profiles;

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_has_a_private_profile_with_a_completeness_meter(Role role) {
        var user = signInAsNew(role);
        UI.getCurrent().navigate("profile");

        var view = _get(ProfileView.class);
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("Handle")).getValue())
                .isEqualTo(user.username());
        assertThat(_get(view, Checkbox.class, spec -> spec.withLabel("Public profile"))
                        .getValue())
                .isFalse();
        assertThat(get_textRecursively(view)).contains("0% complete", "Add a headline", "Verified by MockMate");
        SessionSerialization.roundTripCurrentSession("profile view as " + role);
    }

    @Test
    void the_preview_and_the_meter_follow_what_is_typed() {
        signInAsNew(Role.USER);
        UI.getCurrent().navigate("profile");
        var view = _get(ProfileView.class);

        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Headline")), "Backend engineer");

        var card = _get(view, ProfileCard.class);
        assertThat(get_textRecursively(card)).contains("Backend engineer");
        assertThat(get_textRecursively(view)).contains("12% complete").doesNotContain("Add a headline");
    }

    @Test
    void saves_sections_and_makes_the_profile_public() {
        var user = signInAsNew(Role.USER);
        UI.getCurrent().navigate("profile");
        var view = _get(ProfileView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Headline")), "Data engineer");
        _click(_get(view, Button.class, spec -> spec.withText("Add a skill")));
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Skill")), "Python");
        _setValue(_get(view, Select.class, spec -> spec.withLabel("Level")), "expert");
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Years")), "7");
        _setValue(_get(view, Checkbox.class, spec -> spec.withLabel("Public profile")), true);
        assertThat(_get(view, Anchor.class, spec -> spec.withText("Your public page: /p/" + user.username()))
                        .isEnabled())
                .isTrue();

        _click(_get(view, Button.class, spec -> spec.withText("Save profile")));

        expectNotifications("Saved. Your profile is public.");
        assertThat(jdbc.queryForObject(
                        "SELECT CAST(skills AS text) FROM profiles WHERE user_id = ?", String.class, user.id()))
                .contains("Python", "expert", "7");
        SessionSerialization.roundTripCurrentSession("profile view after saving");
    }

    @Test
    void invalid_entries_are_shown_on_their_fields_and_nothing_is_saved() {
        var user = signInAsNew(Role.USER);
        UI.getCurrent().navigate("profile");
        var view = _get(ProfileView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Add a link")));
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Label")), "Blog");
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("URL")), "ftp://example.org");
        _click(_get(view, Button.class, spec -> spec.withText("Add a position")));
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Start")), "2022-05");
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("End")), "2021-01");

        _click(_get(view, Button.class, spec -> spec.withText("Save profile")));

        expectNotifications("Check the highlighted fields.");
        var url = _get(view, TextField.class, spec -> spec.withLabel("URL"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("http");
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("End")).getErrorMessage())
                .contains("before the start");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM profiles WHERE user_id = ?", Integer.class, user.id()))
                .isZero();
    }

    @Test
    void a_taken_handle_is_marked_on_its_field() {
        var other = signInAsNew(Role.USER);
        profiles.update(other, ProfileContent.empty(other.username()));
        signInAsNew(Role.USER);
        UI.getCurrent().navigate("profile");
        var view = _get(ProfileView.class);
        var handle = _get(view, TextField.class, spec -> spec.withLabel("Handle"));

        _setValue(handle, other.username());
        _click(_get(view, Button.class, spec -> spec.withText("Save profile")));

        assertThat(handle.isInvalid()).isTrue();
        assertThat(handle.getErrorMessage()).contains("taken");
    }

    @Test
    void the_verified_insights_stand_apart_with_their_levels() {
        var user = signInAsNew(Role.USER);
        completedJavaInterview(user);
        UI.getCurrent().navigate("profile");

        var panel = _get(InsightsPanel.class);
        assertThat(get_textRecursively(panel))
                .contains("Verified by MockMate", "Java", "Intermediate", "Mean 60 over 1 interview", "Milestones");
        assertThat(_find(_get(ProfileCard.class), InsightsPanel.class))
                .as("not inside what the candidate wrote")
                .isEmpty();
    }

    @Test
    void the_public_page_shows_a_public_profile_without_login() {
        var user = signInAsNew(Role.USER);
        completedJavaInterview(user);
        UI.getCurrent().navigate("profile");
        var view = _get(ProfileView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Headline")), "Platform engineer");
        _setValue(_get(view, Checkbox.class, spec -> spec.withLabel("Public profile")), true);
        _click(_get(view, Button.class, spec -> spec.withText("Save profile")));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("p/" + user.username());

        var page = _get(PublicProfileView.class);
        assertThat(get_textRecursively(page))
                .contains("Platform engineer", "@" + user.username(), "Verified by MockMate", "Java")
                .doesNotContain("Test " + user.username())
                .doesNotContain("@example.test");
        SessionSerialization.roundTripCurrentSession("public profile page");
    }

    @Test
    void a_private_profile_and_an_unknown_handle_both_show_not_found() {
        var user = signInAsNew(Role.USER);
        UI.getCurrent().navigate("profile");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("p/" + user.username());
        assertThat(_find(PublicProfileView.class).isEmpty()
                        || _find(ProfileCard.class).isEmpty())
                .isTrue();
        _get(NotFoundView.class);

        UI.getCurrent().navigate("p/no-such-" + UUID.randomUUID().toString().substring(0, 8));
        _get(NotFoundView.class);
    }

    private void completedJavaInterview(AuthenticatedUser user) {
        var history = new ScoredInterviews(jdbc);
        var session = history.completed(
                user.id(), Instant.now(), history.question("Java", 0).answered("good", 60, 60, 50, 70, 80));
        insightsJob.recompute(user.id(), session);
    }
}
