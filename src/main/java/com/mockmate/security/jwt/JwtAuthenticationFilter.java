package com.mockmate.security.jwt;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry a bearer token. The account is re-read on every request, so a lock or a role
 * change applies at once rather than when the 15-minute token runs out.
 */
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JwtService jwtService;
    private final AccountService accounts;
    private final AuthenticationEntryPoint entryPoint;
    private final Clock clock;

    public JwtAuthenticationFilter(
            JwtService jwtService, AccountService accounts, AuthenticationEntryPoint entryPoint, Clock clock) {
        this.jwtService = jwtService;
        this.accounts = accounts;
        this.entryPoint = entryPoint;
        this.clock = clock;
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
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void authenticate(String token, HttpServletRequest request) {
        var claimed = jwtService.verify(token);
        var account = accounts.findById(claimed.id())
                .orElseThrow(() -> new InvalidAccessTokenException("The account no longer exists."));
        if (!account.enabled() || account.lockedAt(clock.instant())) {
            throw new InvalidAccessTokenException("This account is locked or disabled.");
        }
        var user = new AuthenticatedUser(account.id(), account.username(), account.role());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(account.role().authority())));
        authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
