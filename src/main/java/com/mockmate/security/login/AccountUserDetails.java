package com.mockmate.security.login;

import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account as the password check sees it. Lock and disable flags are checked only after the password matched (see
 * {@link ThrottledAuthenticationProvider}), so a wrong password never reveals whether an account is locked.
 */
record AccountUserDetails(
        AuthenticatedUser user,
        @Nullable String password,
        boolean accountEnabled,
        @Nullable Instant lockedUntil) implements UserDetails, CredentialsContainer {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        // Records are immutable; the principal stored in the session is the AuthenticatedUser, which has no password.
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
