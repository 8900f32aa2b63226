package com.mockmate.security.web;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.security.login.SignInDetails;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountChange;
import com.mockmate.user.service.AccountService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the account behind a signed-in web session on every request, as the API does for every token (one
 * primary-key read). If the account was deleted, disabled or locked, or its password or role changed since the login,
 * the session ends there and then: its Vaadin UIs are closed (which disconnects their push), the HTTP session is
 * invalidated, and the request goes on anonymous, so a page request is sent to the login view and a UIDL request of
 * an open page is answered "session expired", on which the Vaadin client reloads into the login view.
 *
 * <p>A role change ends the session too rather than swapping the authorities: the pages already open were built for the
 * old role (menu entries, action buttons, data already loaded into grids), and a fresh login is the one way to have
 * every page rebuilt under the new role. Role changes are rare administrator actions; logging in again is cheap.
 */
class AccountRecheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountRecheckFilter.class);

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contextHolder;
    private final LogoutHandler endSession;
    private final AuditTrail audit;
    private final Clock clock;

    AccountRecheckFilter(
            AccountService accounts,
            SecurityContextHolderStrategy contextHolder,
            LogoutHandler endSession,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.contextHolder = contextHolder;
        this.endSession = endSession;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            changeSinceLogin(user, authentication).ifPresent(change -> {
                log.info("Ending the web session of {}: {}", user.username(), change.description());
                endSession.logout(request, response, authentication);
                audit.record(
                        null,
                        AuditAction.SESSION_ENDED,
                        "USER",
                        user.id(),
                        Map.of("reason", change.name(), "channel", "web"));
            });
        }
        chain.doFilter(request, response);
    }

    private Optional<AccountChange> changeSinceLogin(AuthenticatedUser user, Authentication authentication) {
        var stamp = authentication.getDetails() instanceof SignInDetails details ? details.credentialsStamp() : null;
        return accounts.standing(user.id())
                .map(standing -> standing.changeSince(user.role(), stamp, clock.instant()))
                .orElse(Optional.of(AccountChange.DELETED));
    }
}
