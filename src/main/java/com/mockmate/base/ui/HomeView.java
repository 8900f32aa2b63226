package com.mockmate.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The start page sends each role to its own first screen. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    static final String ADMIN_HOME = "admin/users";
    static final String INSTRUCTOR_HOME = "catalog";
    static final String CANDIDATE_HOME = "assessments";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Empty query: Spring Security's "/?continue" after a login must not follow the user to their first screen.
        event.forwardTo(homeFor(currentAuthorities()), QueryParameters.empty());
    }

    /**
     * Sends a signed-in user from a page meant for visitors (login, sign-up) to their first screen, as if they had
     * opened the application; returns whether it did.
     */
    public static boolean forwardSignedIn(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || TRUST.isAnonymous(auth)) {
            return false;
        }
        event.forwardTo(homeFor(currentAuthorities()), QueryParameters.empty());
        return true;
    }

    static String homeFor(Collection<String> authorities) {
        if (authorities.contains("ROLE_ADMIN")) {
            return ADMIN_HOME;
        }
        if (authorities.contains("ROLE_INSTRUCTOR")) {
            return INSTRUCTOR_HOME;
        }
        return CANDIDATE_HOME;
    }

    private static List<String> currentAuthorities() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null
                ? List.of()
                : auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList();
    }
}
