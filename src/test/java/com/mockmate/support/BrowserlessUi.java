package com.mockmate.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.mockmate.audit.AuditAction;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.mockmate.user.service.Registration;
import com.mockmate.user.service.RegistrationService;
import com.vaadin.flow.component.UI;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless Vaadin (Karibu-Testing) on top of an {@link IntegrationTest} context, with a signed-in user. Karibu 2.7.0
 * has no Spring Security support, so the authentication goes into the SecurityContextHolder (for the services) and
 * onto the fake request (for Vaadin's view access checks) here.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.mockmate");

    private BrowserlessUi() {}

    /** Creates an account with the given role and returns it as the principal the application would see. */
    public static AuthenticatedUser account(ApplicationContext context, String username, Role role) {
        var registration = new Registration(
                username, "Browserless-Test-Pass-42", username + "@mockmate.test", username.toUpperCase(Locale.ROOT));
        var account = context.getBean(RegistrationService.class)
                .createAccount(registration, role, AuditAction.USER_REGISTERED);
        return new AuthenticatedUser(account.id(), account.username(), account.role());
    }

    /** Starts a fresh UI for the given user; call {@link #stop()} after each test. */
    public static void start(ApplicationContext context, AuthenticatedUser user) {
        signIn(user);
        // Serializable, so that tests can serialize the UI as Spring Session does after every request.
        Function0<UI> uiFactory = (Function0<UI> & Serializable) UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Switches the signed-in user for the next requests, as a second browser would. */
    public static void signIn(AuthenticatedUser user) {
        var authority = user.role().authority();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(authority)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> new SignedInRequest(session, authentication, user.role()));
    }

    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * A fake request of the signed-in user. It answers {@code isUserInRole} itself rather than through
     * {@code setUserInRole}, whose lambda would make the whole Vaadin session unserializable in tests.
     */
    private static final class SignedInRequest extends FakeRequest {

        private final Role role;

        SignedInRequest(HttpSession session, Principal principal, Role role) {
            super(session);
            this.role = role;
            setUserPrincipalInt(principal);
        }

        @Override
        public boolean isUserInRole(String name) {
            return name.equals(role.name()) || name.equals(role.authority());
        }
    }
}
