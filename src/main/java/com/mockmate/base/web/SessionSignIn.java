package com.mockmate.base.web;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs the browser of the current Vaadin request in, as a post of the login form would: the same authentication
 * manager (throttle, password check, audit row, sign-in details the per-request re-check needs), a new session id
 * against session fixation, a new CSRF token, and the security context saved in the HTTP session (in Redis) for the
 * next requests. For a visitor who has just created an account and should not have to type it all again.
 */
@Component
public class SessionSignIn {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextHolderStrategy contextHolder;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SessionAuthenticationStrategy sessions = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SessionSignIn(AuthenticationManager authenticationManager, SecurityContextHolderStrategy contextHolder) {
        this.authenticationManager = authenticationManager;
        this.contextHolder = contextHolder;
    }

    /**
     * Signs in with the credentials just chosen; false (and nobody signed in) when the check refuses them, e.g. when
     * the login throttle is full.
     */
    public boolean signIn(String username, String password) {
        var vaadinRequest = VaadinServletRequest.getCurrent();
        var vaadinResponse = VaadinServletResponse.getCurrent();
        if (vaadinRequest == null || vaadinResponse == null) {
            return false;
        }
        var request = vaadinRequest.getHttpServletRequest();
        var response = vaadinResponse.getHttpServletResponse();
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(details.buildDetails(request));
        try {
            var authentication = authenticationManager.authenticate(token);
            sessions.onAuthentication(authentication, request, response);
            var context = contextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            contextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
