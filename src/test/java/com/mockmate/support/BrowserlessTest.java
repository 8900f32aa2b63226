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
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu-Testing on the running application context: real views, services, database and Vaadin route security, no
 * browser. Subclasses carry {@link IntegrationTest}, so they share the cached context with the other integration tests.
 *
 * <p>Karibu 2.7.0 runs no servlet filter, so nothing copies Spring Security's context onto the request. The fake
 * request installed here answers {@code getUserPrincipal()} and {@code isUserInRole()} from
 * {@link SecurityContextHolder}, as Spring Security's request wrapper does in production; Vaadin's navigation access
 * control reads exactly these two.
 */
public abstract class BrowserlessTest {

    public static final String ADMIN_USERNAME = "admin";

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.mockmate");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private RegistrationService registrations;

    @BeforeEach
    void startVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(SecurityContextRequest::new);
        // Serializable, as the session keeps it: tests serialize the whole session as Spring Session does.
        Function0<UI> uiFactory = (Function0<UI> & Serializable) UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as an existing account, with the principal and authority that the real login produces. */
    protected AuthenticatedUser signInAs(String username) {
        var user = jdbc.queryForObject(
                "SELECT id, username, role FROM users WHERE username = ?",
                (rs, row) -> new AuthenticatedUser(
                        rs.getObject("id", UUID.class), rs.getString("username"), Role.valueOf(rs.getString("role"))),
                username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        return user;
    }

    /** Creates an account with the role and signs in as it. */
    protected AuthenticatedUser signInAsNew(Role role) {
        return signInAs(createAccount(role.name().toLowerCase(Locale.ROOT) + "-" + shortId(), role));
    }

    protected String createAccount(String username, Role role) {
        registrations.createAccount(
                new Registration(username, "Long-Enough-Secret-42", username + "@example.test", "Test " + username),
                role,
                AuditAction.USER_REGISTERED);
        return username;
    }

    protected static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fake request that sees the signed-in user the way Spring Security's request wrapper shows it. */
    private static final class SecurityContextRequest extends FakeRequest {

        private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

        SecurityContextRequest(HttpSession session) {
            super(session);
        }

        /**
         * Answered here rather than through {@code setUserInRole}: that stores a lambda in the request, which a test
         * serializing the whole Vaadin session would then trip over instead of the application's state.
         */
        /** Spring Security's session fixation protection asks before it changes the id; the fake cannot tell. */
        @Override
        public boolean isRequestedSessionIdValid() {
            return true;
        }

        @Override
        public boolean isUserInRole(String role) {
            return getUserPrincipal() instanceof Authentication auth
                    && auth.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }

        @Override
        public Principal getUserPrincipal() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || TRUST.isAnonymous(authentication) ? null : authentication;
        }
    }
}
