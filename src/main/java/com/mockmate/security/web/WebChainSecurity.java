package com.mockmate.security.web;

import com.mockmate.audit.AuditTrail;
import com.mockmate.user.service.AccountService;
import java.time.Clock;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * What the Vaadin chain adds to Vaadin's security configurer: the per-request re-check of the signed-in account.
 */
@Component
public class WebChainSecurity implements Customizer<HttpSecurity> {

    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy contextHolder;

    WebChainSecurity(
            AccountService accounts, AuditTrail audit, Clock clock, SecurityContextHolderStrategy contextHolder) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.contextHolder = contextHolder;
    }

    @Override
    public void customize(HttpSecurity http) {
        http.addFilterAfter(
                new AccountRecheckFilter(accounts, contextHolder, endSession(), audit, clock),
                SecurityContextHolderFilter.class);
    }

    private CompositeLogoutHandler endSession() {
        var contextLogout = new SecurityContextLogoutHandler();
        contextLogout.setSecurityContextHolderStrategy(contextHolder);
        return new CompositeLogoutHandler(new VaadinSessionCloser(), contextLogout);
    }
}
