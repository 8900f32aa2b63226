package com.mockmate.user.service;

import com.mockmate.base.web.DisplayNames;
import com.mockmate.user.domain.AuthenticatedUser;
import java.security.Principal;
import org.springframework.stereotype.Component;

/** Read fresh on each page load, so a name an admin corrected shows without signing in again. */
@Component
class AccountDisplayNames implements DisplayNames {

    private final AccountService accounts;

    AccountDisplayNames(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String displayName(Principal principal) {
        if (principal instanceof AuthenticatedUser user) {
            return accounts.findById(user.id())
                    .map(UserAccount::fullName)
                    .filter(name -> !name.isBlank())
                    .orElse(user.username());
        }
        return principal.getName();
    }
}
