package com.mockmate.security.ui;

import com.mockmate.base.ui.HomeView;
import com.mockmate.base.ui.LoginNameMemory;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | MockMate")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("mm-auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("MockMate");
        title.addClassName("mm-auth-title");
        var subtitle =
                new Paragraph("Practise interviews with an AI interviewer that listens, asks follow-ups and scores"
                        + " every answer.");
        subtitle.addClassName("mm-auth-subtitle");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginNameMemory.rememberSubmitted(login);
        notice.addClassName("mm-auth-notice");
        notice.setVisible(false);

        var register = new Div(new Paragraph("New to MockMate?"), new Anchor("register", "Create an account"));
        register.addClassName("mm-auth-switch");

        add(title, subtitle, notice, login, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (HomeView.forwardSignedIn(event)) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("registered")) {
            showNotice("Your account is ready. Log in to start practising.");
        }
        if (parameters.containsKey("expired")) {
            showNotice("The login page had expired. Please log in again.");
        }
        if (parameters.containsKey("error")) {
            login.setI18n(errorI18n(lastAuthenticationError()));
            login.setError(true);
        }
        if (parameters.containsKey("error") || parameters.containsKey("registered")) {
            LoginNameMemory.restoreInto(login);
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    /** The reason Spring Security stored for the failed attempt: throttled and locked are worth telling apart. */
    private static String lastAuthenticationError() {
        var session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        var error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof AuthenticationException e
                && !(e instanceof BadCredentialsException)
                && e.getMessage() != null) {
            return e.getMessage();
        }
        return "Check that the username and password are correct and try again.";
    }

    private static LoginI18n errorI18n(String message) {
        var i18n = LoginI18n.createDefault();
        var error = new LoginI18n.ErrorMessage();
        error.setTitle("Could not log in");
        error.setMessage(message);
        i18n.setErrorMessage(error);
        return i18n;
    }
}
