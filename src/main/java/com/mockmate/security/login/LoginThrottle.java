package com.mockmate.security.login;

import com.mockmate.base.ratelimit.AddressBuckets;
import com.mockmate.base.ratelimit.WindowCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fixed windows of login attempts per username and per client address, in Redis so that every instance counts the
 * same attempts. An attempt takes its slot before the password is checked, atomically with the window's expiry (see
 * {@link WindowCounter}): concurrent guesses beyond the limit are refused instead of all reaching bcrypt. A matching
 * password gives the slots back.
 */
@Component
class LoginThrottle {

    private static final String PREFIX = "mockmate:login-failures:";

    private final WindowCounter counter;
    private final LoginThrottleProperties properties;

    LoginThrottle(WindowCounter counter, LoginThrottleProperties properties) {
        this.counter = counter;
        this.properties = properties;
    }

    /**
     * Takes a slot in both windows.
     *
     * @param username the normalised name, or null when it cannot be an account's (only the address then counts)
     * @throws LoginThrottledException when either window is already full; nothing is then counted against the other
     */
    Reservation reserve(@Nullable String username, @Nullable String ip) {
        var userKey = username == null ? null : PREFIX + "user:" + username;
        boolean fills = false;
        if (userKey != null) {
            var byUser = counter.increment(userKey, properties.window());
            if (byUser.exceeds(properties.maxFailuresPerUsername())) {
                throw new LoginThrottledException(byUser.retryAfter());
            }
            fills = byUser.value() == properties.maxFailuresPerUsername();
        }
        var ipKey = ip == null ? null : PREFIX + "ip:" + AddressBuckets.of(ip);
        if (ipKey != null) {
            var byIp = counter.increment(ipKey, properties.window());
            if (byIp.exceeds(properties.maxFailuresPerIp())) {
                if (userKey != null) {
                    counter.release(userKey);
                }
                throw new LoginThrottledException(byIp.retryAfter());
            }
            fills |= byIp.value() == properties.maxFailuresPerIp();
        }
        return new Reservation(userKey, ipKey, fills);
    }

    /**
     * The password matched: the username's window closes, and the address gets its slot back (not more: successes
     * on one account must not wipe the address's failures on others).
     */
    void passwordMatched(Reservation reservation) {
        if (reservation.userKey() != null) {
            counter.reset(reservation.userKey());
        }
        if (reservation.ipKey() != null) {
            counter.release(reservation.ipKey());
        }
    }

    /** The slots one attempt holds; {@code fillsWindow} when failing it leaves a window full (worth auditing). */
    record Reservation(@Nullable String userKey, @Nullable String ipKey, boolean fillsWindow) {}
}
