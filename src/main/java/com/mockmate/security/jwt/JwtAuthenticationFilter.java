package com.mockmate.security.jwt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry a bearer token, through {@link AccessTokenAuthenticator}. On endpoints anyone
 * may call, a token that does not verify is ignored and the request goes on anonymously: a client holding an expired
 * or broken token must still be able to log in, refresh and register. Elsewhere it is answered 401 with the reason.
 */
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    /**
     * The application context's strategy bean, the one the chain's authorization filter reads. Not the global
     * {@code SecurityContextHolder}: a second application context in the same JVM (tests, a second instance) replaces
     * that, and the token would then be stored where the chain never looks.
     */
    private final SecurityContextHolderStrategy contextHolder;

    private final RequestMatcher publicEndpoints;

    public JwtAuthenticationFilter(
            AccessTokenAuthenticator authenticator,
            AuthenticationEntryPoint entryPoint,
            SecurityContextHolderStrategy contextHolder,
            RequestMatcher publicEndpoints) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.contextHolder = contextHolder;
        this.publicEndpoints = publicEndpoints;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            authenticate(header.substring(BEARER.length()).trim(), request);
        } catch (AuthenticationException e) {
            contextHolder.clearContext();
            if (!publicEndpoints.matches(request)) {
                entryPoint.commence(request, response, e);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void authenticate(String token, HttpServletRequest request) {
        var user = authenticator.authenticate(token);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
        authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
    }
}
