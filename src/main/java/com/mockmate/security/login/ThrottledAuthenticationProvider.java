package com.mockmate.security.login;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AccountStanding;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one password check behind both doors, the REST login and the Vaadin login form: brute-force windows in Redis,
 * bcrypt with Spring's timing protection for unknown users, lock checks after the password, and an audit row for every
 * outcome. A successful result carries the {@link com.mockmate.user.domain.AuthenticatedUser} as principal and
 * {@link SignInDetails} as details.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            AccountService accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AuditTrail audit,
            Clock clock) {
        this.passwordCheck = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username =
                authentication.getName() == null ? "" : authentication.getName().trim();
        var ip = clientIp(authentication);
        var blocked = throttle.blockedFor(username, ip);
        if (blocked.isPresent()) {
            audit.record(null, AuditAction.LOGIN_THROTTLED, "USERNAME", username, Map.of("reason", "window full"));
            throw new LoginThrottledException(blocked.get());
        }
        Authentication checked;
        try {
            checked = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException e) {
            onFailure(username, ip, "bad credentials");
            throw new BadCredentialsException("Invalid username or password.");
        }
        var details = (AccountUserDetails) checked.getPrincipal();
        if (!details.accountEnabled()) {
            audit.record(
                    details.user().id(),
                    AuditAction.LOGIN_FAILED,
                    "USER",
                    details.user().id(),
                    Map.of("reason", "disabled"));
            throw new DisabledException("This account is disabled.");
        }
        if (details.lockedAt(clock.instant())) {
            audit.record(
                    details.user().id(),
                    AuditAction.LOGIN_FAILED,
                    "USER",
                    details.user().id(),
                    Map.of("reason", "locked"));
            throw new LockedException("This account is locked. Contact an administrator.");
        }
        throttle.recordSuccess(username);
        audit.record(
                details.user().id(),
                AuditAction.LOGIN_SUCCEEDED,
                "USER",
                details.user().id(),
                Map.of());
        var result = UsernamePasswordAuthenticationToken.authenticated(details.user(), null, checked.getAuthorities());
        result.setDetails(new SignInDetails(ip, AccountStanding.credentialsStampOf(details.password())));
        return result;
    }

    private void onFailure(String username, @Nullable String ip, String reason) {
        boolean filledWindow = throttle.recordFailure(username, ip);
        audit.record(null, AuditAction.LOGIN_FAILED, "USERNAME", username, Map.of("reason", reason));
        if (filledWindow) {
            audit.record(null, AuditAction.LOGIN_THROTTLED, "USERNAME", username, Map.of("reason", "limit reached"));
        }
    }

    private static @Nullable String clientIp(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            return web.getRemoteAddress();
        }
        return AuditTrail.currentClientIp();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
