package com.mockmate.security.web;

import com.mockmate.audit.AuditTrail;
import com.mockmate.user.service.AccountService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What the Vaadin chain adds to Vaadin's security configurer: sessions only when needed, CSRF protection of the login
 * form, the security headers, and the per-request re-check of the signed-in account. Apply it before the Vaadin
 * configurer, with that configurer's own CSRF configuration switched off. Deliberately not a
 * {@code Customizer<HttpSecurity>}: Spring Security applies beans of that type to every filter chain.
 */
@Component
public class WebChainSecurity {

    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy contextHolder;
    private final RequestUtil requestUtil;

    WebChainSecurity(
            AccountService accounts,
            AuditTrail audit,
            Clock clock,
            SecurityContextHolderStrategy contextHolder,
            RequestUtil requestUtil) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.contextHolder = contextHolder;
        this.requestUtil = requestUtil;
    }

    public void applyTo(HttpSecurity http) {
        // Spring Security's default: a session is made when something stores into it (the CSRF token of a page,
        // Vaadin's session, a saved request). Static files do not even reach this chain.
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // Vaadin's configurer also exempts the login form's POST, which allows login CSRF (an attacker's page
                // signs the victim in to the attacker's account). The login form sends the token on its own: it reads
                // the _csrf meta tags that Vaadin writes into every page.
                .csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest))
                // A login post with a missing or stale token (a login page left open past its session) is sent back to
                // a fresh login page rather than to an error page.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) ->
                                        response.sendRedirect(request.getContextPath() + "/login?expired"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"))
                        // Spelled out: with a single mapping above, Spring Security would send every denied request
                        // (an unknown address while signed in, say) to "login page expired".
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                // The error page (Spring Boot's /error, our own HTML or problem+json) is for everyone: Vaadin's rules
                // deny any path that is not a view, and an error dispatch would otherwise end on the login page.
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll())
                .headers(SecurityHeaders::apply)
                .addFilterAfter(
                        new AccountRecheckFilter(accounts, contextHolder, endSession(), audit, clock),
                        SecurityContextHolderFilter.class);
    }

    private CompositeLogoutHandler endSession() {
        var contextLogout = new SecurityContextLogoutHandler();
        contextLogout.setSecurityContextHolderStrategy(contextHolder);
        return new CompositeLogoutHandler(new VaadinSessionCloser(), contextLogout);
    }
}
