package com.mockmate.security.login;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Not a bean on purpose: Spring would otherwise build a second, unthrottled provider around it. */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Receives the normalised name from {@link ThrottledAuthenticationProvider}; the lookup is by equality. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        var account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var hash =
                accounts.passwordHashOf(account.id()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AccountUserDetails(
                new AuthenticatedUser(account.id(), account.username(), account.role()),
                hash,
                account.enabled(),
                account.lockedUntil());
    }
}
