package com.mockmate.user.ui;

import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.base.ui.HomeView;
import com.mockmate.base.ui.LoginNameMemory;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.base.web.SessionSignIn;
import com.mockmate.user.service.Registration;
import com.mockmate.user.service.RegistrationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

@Route(value = "register", autoLayout = false)
@PageTitle("Create account | MockMate")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements BeforeEnterObserver {

    private final ServiceRef<RegistrationService> registrations;
    private final ServiceRef<SessionSignIn> signIn;
    /** The application's start page, relative to the page (the context path), which sends each role on. */
    static final String HOME = "./";

    final RegistrationForm form = new RegistrationForm();

    RegistrationView(RegistrationService registrationService, SessionSignIn sessionSignIn) {
        this.registrations = ServiceRef.of(RegistrationService.class, registrationService);
        this.signIn = ServiceRef.of(SessionSignIn.class, sessionSignIn);
        addClassName("mm-auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Create your MockMate account");
        title.addClassName("mm-auth-title");
        var card = new Div(form);
        card.addClassName("mm-card");
        card.addClassName("mm-auth-card");
        var login = new Div(new Paragraph("Already have an account?"), new Anchor("login", "Log in"));
        login.addClassName("mm-auth-switch");

        form.addSubmitListener(event -> register(event.registration()));
        add(title, card, login);
    }

    private void register(Registration registration) {
        try {
            var account = registrations.get().register(registration, clientAddress());
            getUI().ifPresent(ui -> enter(ui, account.username(), registration.password()));
        } catch (TooManyRequestsException e) {
            // Not about any one field: shown on its own, and the form keeps what was typed.
            Notification.show(e.getBody().getDetail(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ErrorResponseException e) {
            form.showServerError(e.getBody().getDetail());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HomeView.forwardSignedIn(event);
    }

    /**
     * Signs the new candidate in and opens the application with a full page load, which starts afresh on the new
     * session (id, CSRF token, push connection). Should the sign-in be refused, the login page is next, with the
     * username filled in.
     */
    private void enter(UI ui, String username, String password) {
        if (signIn.get().signIn(username, password)) {
            ui.getPage().setLocation(HOME);
        } else {
            LoginNameMemory.remember(ui, username);
            ui.navigate("login", QueryParameters.of("registered", "1"));
        }
    }

    /** The servlet request's remote address, which honours forwarded headers only when the server trusts them. */
    private static @Nullable String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
