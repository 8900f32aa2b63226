package com.mockmate.resume.generation;

import com.mockmate.profile.service.ProfileInsights;
import com.mockmate.profile.service.Profiles;
import com.mockmate.user.service.AccountService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads a candidate's facts through the user and profile facades; each read is its own short transaction. */
@Component
class CandidateFactsReader {

    private final AccountService accounts;
    private final Profiles profiles;
    private final ProfileInsights insights;

    CandidateFactsReader(AccountService accounts, Profiles profiles, ProfileInsights insights) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.insights = insights;
    }

    CandidateFacts of(UUID userId) {
        var account = accounts.get(userId);
        var name = account.fullName().isBlank() ? account.username() : account.fullName();
        return new CandidateFacts(
                name.strip(), account.email(), profiles.of(userId).content(), insights.of(userId));
    }
}
