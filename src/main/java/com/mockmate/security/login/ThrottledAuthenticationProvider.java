package com.mockmate.security.login;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.user.domain.Usernames;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AccountStanding;
import com.mockmate.user.service.PasswordPolicy;
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
 * The one password check behind both doors, the REST login and the Vaadin login form: the typed name normalised once
 * ({@link Usernames}) for the throttle, the lookup and the audit trail; a slot in the brute-force windows taken before
 * bcrypt runs; bcrypt with Spring's timing protection for unknown users; lock checks after the password; and an audit
 * row for every outcome. A successful result carries the {@link com.mockmate.user.domain.AuthenticatedUser} as
 * principal and {@link SignInDetails} as details.
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
        var username = Usernames.normalise(authentication.getName());
        boolean wellFormed = Usernames.isWellFormed(username);
        var audited = Usernames.forAudit(authentication.getName());
        var reservation = reserve(wellFormed ? username : null, audited, authentication);
        var password = authentication.getCredentials() instanceof String given ? given : "";
        if (!wellFormed || !PasswordPolicy.fitsBcrypt(password)) {
            // No account has such a name or password: refused without a query or a bcrypt run, counted all the same.
            throw failed(audited, reservation);
        }
        Authentication checked;
        try {
            checked =
                    passwordCheck.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (AuthenticationException e) {
            throw failed(audited, reservation);
        }
        throttle.passwordMatched(reservation);
        var details = (AccountUserDetails) checked.getPrincipal();
        var userId = details.user().id();
        if (!details.accountEnabled()) {
            audit.record(userId, AuditAction.LOGIN_FAILED, "USER", userId, Map.of("reason", "disabled"));
            throw new DisabledException("This account is disabled.");
        }
        if (details.lockedAt(clock.instant())) {
            audit.record(userId, AuditAction.LOGIN_FAILED, "USER", userId, Map.of("reason", "locked"));
            throw new LockedException("This account is locked. Contact an administrator.");
        }
        audit.record(userId, AuditAction.LOGIN_SUCCEEDED, "USER", userId, Map.of());
        var result = UsernamePasswordAuthenticationToken.authenticated(details.user(), null, checked.getAuthorities());
        result.setDetails(
                new SignInDetails(clientIp(authentication), AccountStanding.credentialsStampOf(details.password())));
        return result;
    }

    private LoginThrottle.Reservation reserve(
            @Nullable String username, String audited, Authentication authentication) {
        try {
            return throttle.reserve(username, clientIp(authentication));
        } catch (LoginThrottledException e) {
            audit.record(null, AuditAction.LOGIN_THROTTLED, "USERNAME", audited, Map.of("reason", "window full"));
            throw e;
        }
    }

    private BadCredentialsException failed(String audited, LoginThrottle.Reservation reservation) {
        audit.record(null, AuditAction.LOGIN_FAILED, "USERNAME", audited, Map.of("reason", "bad credentials"));
        if (reservation.fillsWindow()) {
            audit.record(null, AuditAction.LOGIN_THROTTLED, "USERNAME", audited, Map.of("reason", "limit reached"));
        }
        return new BadCredentialsException("Invalid username or password.");
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
