package com.mockmate.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.mockmate.account.ui.AccountView;
import com.mockmate.assessment.ui.AssessmentEditorView;
import com.mockmate.assessment.ui.AssessmentsView;
import com.mockmate.assessment.ui.BuilderView;
import com.mockmate.catalog.ui.CatalogView;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.ui.CompareAttemptsView;
import com.mockmate.interview.ui.FlaggedAnswersView;
import com.mockmate.interview.ui.HistoryView;
import com.mockmate.interview.ui.InterviewView;
import com.mockmate.interview.ui.ResultsView;
import com.mockmate.interview.ui.StartInterviewView;
import com.mockmate.profile.ui.ProfileView;
import com.mockmate.profile.ui.PublicProfileView;
import com.mockmate.progress.ui.ProgressView;
import com.mockmate.report.ui.ReportView;
import com.mockmate.report.ui.SharedReportView;
import com.mockmate.resume.job.ResumeJob;
import com.mockmate.resume.ui.ResumeView;
import com.mockmate.security.ui.LoginView;
import com.mockmate.speech.ui.RecorderHarnessView;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.mockmate.user.ui.RegistrationView;
import com.mockmate.user.ui.UsersView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Vaadin session lives in Redis: Spring Session writes it after every request and reads it back on the next one.
 * One field or captured lambda that does not serialize (an {@code Optional}, a service bean, a stream) breaks every
 * later request of that browser ("Connection lost", then a 500 on reload). So every route, as every role that may
 * open it, is driven through its main interactions (grid rows selected, buttons clicked, dialogs opened, forms filled)
 * and the whole session makes the round trip after each step. A new route fails {@link #every_route_is_covered()}
 * until it has a drive here.
 */
@IntegrationTest
class ViewSerializationTest extends BrowserlessTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.mockmate");

    @Autowired
    InterviewService interviews;

    @Autowired
    ResumeJob resumeJob;

    /** How each route is reached and driven; the signed-in user is already set up. */
    private final Map<Class<? extends Component>, Consumer<Drive>> drives = Map.ofEntries(
            Map.entry(HomeView.class, drive -> drive.explore("")),
            Map.entry(LoginView.class, drive -> {
                drive.explore("login");
                drive.explore("login?error");
            }),
            Map.entry(RegistrationView.class, ViewSerializationTest::register),
            Map.entry(AssessmentsView.class, drive -> drive.explore("assessments")),
            Map.entry(StartInterviewView.class, drive -> {
                // Fresh, then with the interview that "Start interview" left unfinished: the resume offer.
                drive.explore("interview/start/" + Interviews.warmUpTestId(jdbc));
                drive.explore("interview/start/" + Interviews.warmUpTestId(jdbc));
            }),
            Map.entry(InterviewView.class, this::answer),
            Map.entry(ResultsView.class, this::finish),
            Map.entry(ReportView.class, drive -> {
                finish(drive);
                drive.explore(drive.location().replace("results/", "report/"));
            }),
            Map.entry(CompareAttemptsView.class, drive -> {
                finish(drive);
                var questionId = jdbc.queryForObject(
                        "SELECT questions -> 'questions' -> 0 ->> 'id' FROM interview_sessions WHERE user_id = ?",
                        String.class,
                        drive.user().id());
                drive.explore("attempts/" + questionId + "/compare");
            }),
            // A link that does not exist; the gate in front of the page answers for links that ended.
            Map.entry(SharedReportView.class, drive -> drive.explore("shared/no-such-link")),
            Map.entry(HistoryView.class, drive -> {
                interviews.start(drive.user(), Interviews.warmUpTestId(jdbc));
                drive.explore("history");
            }),
            Map.entry(ProgressView.class, drive -> {
                new ScoredInterviews(jdbc)
                        .completed(
                                drive.user().id(),
                                Instant.now(),
                                new ScoredInterviews(jdbc).question("Java", 0).answered("fair", 60, 60, 50, 70, 80));
                drive.explore("progress");
            }),
            Map.entry(AccountView.class, drive -> drive.explore("account")),
            Map.entry(ProfileView.class, drive -> {
                drive.open("profile");
                _click(_get(Button.class, spec -> spec.withText("Add a skill")));
                _setValue(_get(TextField.class, spec -> spec.withLabel("Skill")), "Java");
                _setValue(_get(TextField.class, spec -> spec.withLabel("Headline")), "Backend engineer");
                drive.roundTrip("profile with a skill added");
                drive.explore("profile");
            }),
            Map.entry(ResumeView.class, this::resume),
            // A handle that no public profile has: the page answers with the not-found view.
            Map.entry(PublicProfileView.class, drive -> drive.explore("p/no-such-handle")),
            Map.entry(CatalogView.class, drive -> drive.explore("catalog")),
            Map.entry(BuilderView.class, drive -> drive.explore("builder")),
            Map.entry(AssessmentEditorView.class, drive -> {
                drive.open("builder/new");
                _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Serializable test");
                drive.roundTrip("builder/new with a title");
                drive.explore("builder/" + Interviews.warmUpTestId(jdbc));
            }),
            Map.entry(FlaggedAnswersView.class, drive -> drive.explore("flagged-answers")),
            Map.entry(UsersView.class, drive -> drive.explore("admin/users")),
            Map.entry(RecorderHarnessView.class, drive -> drive.explore("test-harness/voice")));

    @Test
    void every_route_is_covered() {
        assertThat(drives.keySet())
                .as("routes driven by this test; add a drive for each new route")
                .containsExactlyInAnyOrderElementsOf(routes().toList());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void the_whole_session_serializes_after_driving(Class<? extends Component> route, String as) {
        var user = as.equals(ANONYMOUS) ? null : signInAsNew(Role.valueOf(as));
        var drive = drives.get(route);
        assertThat(drive).as("a drive for %s", route.getSimpleName()).isNotNull();

        drive.accept(new Drive(route.getSimpleName() + " as " + as, user));
    }

    private static final String ANONYMOUS = "ANONYMOUS";

    static Stream<Arguments> routesAndRoles() {
        return routes().flatMap(route -> mayOpen(route).stream().map(role -> Arguments.of(route, role)));
    }

    private static Stream<Class<? extends Component>> routes() {
        return ROUTES.getRoutes().stream()
                .filter(route -> route.getName().startsWith("com.mockmate.") && route.isAnnotationPresent(Route.class));
    }

    /** The roles the route's access annotation lets in; a route without one is denied to all and needs no drive. */
    private static List<String> mayOpen(Class<?> route) {
        if (route.isAnnotationPresent(AnonymousAllowed.class)) {
            return List.of(ANONYMOUS);
        }
        if (route.isAnnotationPresent(PermitAll.class)) {
            return Arrays.stream(Role.values()).map(Role::name).toList();
        }
        var allowed = route.getAnnotation(RolesAllowed.class);
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    private static void register(Drive drive) {
        drive.explore("register");
        drive.open("register");
        var name = "ser-" + shortId();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Serial Candidate");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), name + "@example.test");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "Quiet-Harbour-Lamp-7");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat password")), "Quiet-Harbour-Lamp-7");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        drive.roundTrip("register after creating an account");
    }

    /** Asks for a résumé, lets the job write it (pushed to the page), then explores it: edit, versions, delete. */
    private void resume(Drive drive) {
        drive.open("resume");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Target role")), "Backend Engineer");
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Job description (optional)")),
                "Java, Spring Boot and PostgreSQL.");
        _click(_get(Button.class, spec -> spec.withText("Generate résumé")));
        drive.roundTrip("resume while the résumé is queued");
        resumeJob.generate(jdbc.queryForObject(
                "SELECT id FROM resumes WHERE user_id = ? ORDER BY created_at DESC LIMIT 1",
                java.util.UUID.class,
                drive.user().id()));
        MockVaadin.clientRoundtrip(false);
        drive.roundTrip("resume once the job has finished");
        drive.explore("resume");
    }

    private void answer(Drive drive) {
        var session = interviews.start(drive.user(), Interviews.warmUpTestId(jdbc));
        var location = "interview/" + session.id();
        drive.open(location);
        typing();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your answer")), "A HashMap buckets keys by hash.");
        _click(_get(Button.class, spec -> spec.withText("Send answer")));
        drive.roundTrip(location + " after sending an answer");
        drive.explore(location);
    }

    /** Candidates answer by voice unless they switch: the drive types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void typing() {
        RadioButtonGroup modes = _get(RadioButtonGroup.class, spec -> spec.withLabel("Answer by"));
        var typing = modes.getListDataView()
                .getItems()
                .filter(mode -> "Typing".equals(modes.getItemLabelGenerator().apply(mode)))
                .findFirst()
                .orElseThrow();
        _setValue(modes, typing);
    }

    private void finish(Drive drive) {
        var session = interviews.start(drive.user(), Interviews.warmUpTestId(jdbc));
        drive.open("interview/" + session.id());
        _click(_get(Button.class, spec -> spec.withText("Finish interview")));
        drive.roundTrip("interview/" + session.id() + " asking before finishing early");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(drive.location()).isEqualTo("results/" + session.id());
        drive.explore("results/" + session.id());
    }

    /** Drives the views of one route for one user and checks the session after every step. */
    private static final class Drive {

        /** Enough for every button of today's views; a guard against a page that keeps growing buttons. */
        private static final int MAX_CLICKS = 40;

        private final String name;
        private final @Nullable AuthenticatedUser user;

        Drive(String name, @Nullable AuthenticatedUser user) {
            this.name = name;
            this.user = user;
        }

        AuthenticatedUser user() {
            assertThat(user).as("%s needs a signed-in user", name).isNotNull();
            return user;
        }

        void open(String location) {
            var query = location.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(location);
            } else {
                UI.getCurrent()
                        .navigate(
                                location.substring(0, query),
                                QueryParameters.fromString(location.substring(query + 1)));
            }
            // Leaving a view with unsaved changes asks first: the drive discards them to go on.
            var confirmations = _find(UI.getCurrent(), ConfirmDialog.class);
            if (!location().equals(location) && !confirmations.isEmpty()) {
                ConfirmDialogKt._fireConfirm(confirmations.getFirst());
            }
            closeDialogs();
        }

        String location() {
            return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        }

        void roundTrip(String step) {
            SessionSerialization.roundTripCurrentSession(name + ", " + step);
        }

        /**
         * Opens the location, selects the first row of each grid, then clicks each visible enabled button of the view
         * in turn, checking the session after each step and coming back to the location when a click left it.
         */
        void explore(String location) {
            open(location);
            roundTrip(location);
            for (var grid : _find(view(), Grid.class)) {
                if (grid.isAttached() && GridKt._size(grid) > 0) {
                    GridKt._clickItem(grid, 0);
                    roundTrip(location + " after selecting the first row of a grid");
                    backTo(location);
                }
            }
            var clicked = new HashSet<String>();
            for (int i = 0; i < MAX_CLICKS; i++) {
                var next = buttons().stream()
                        .filter(button -> !clicked.contains(label(button)))
                        .findFirst();
                if (next.isEmpty()) {
                    return;
                }
                var button = next.get();
                clicked.add(label(button));
                _click(button);
                roundTrip(location + " after clicking “" + label(button) + "”");
                closeDialogs();
                backTo(location);
            }
        }

        private void backTo(String location) {
            closeDialogs();
            if (!location().equals(location)) {
                roundTrip(location + ", left for " + location());
                open(location);
                roundTrip(location + ", opened again");
            }
        }

        private static Component view() {
            return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component view
                    ? view
                    : UI.getCurrent();
        }

        private static List<Button> buttons() {
            return _find(view(), Button.class).stream()
                    .filter(button -> button.isEnabled() && isShown(button))
                    .toList();
        }

        private static boolean isShown(Component component) {
            for (Component c = component; c != null; c = c.getParent().orElse(null)) {
                if (!c.isVisible()) {
                    return false;
                }
            }
            return true;
        }

        private static String label(Button button) {
            var text = button.getText();
            var aria = button.getElement().getAttribute("aria-label");
            return text.isBlank() && aria != null ? aria : text;
        }

        private static void closeDialogs() {
            _find(UI.getCurrent(), ConfirmDialog.class).forEach(ConfirmDialog::close);
            _find(UI.getCurrent(), Dialog.class).forEach(Dialog::close);
        }
    }
}
