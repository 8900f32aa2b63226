package com.mockmate.resume.generation;

import com.mockmate.profile.domain.ProfileLink;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Basics;
import com.mockmate.resume.domain.ResumeContent.Location;
import com.mockmate.resume.domain.ResumeContent.SocialProfile;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts the contact data into a written résumé, from the account (name, email) and the profile (location, links): the
 * model never sees or writes it. A link labelled as a personal site becomes {@code basics.url}, as JSON Resume has
 * it; the others (GitHub, LinkedIn, ...) are {@code basics.profiles}.
 */
final class ContactDetails {

    private static final Set<String> WEBSITE_LABELS = Set.of("website", "homepage", "home page", "portfolio", "blog");

    private ContactDetails() {}

    static ResumeContent added(ResumeContent content, CandidateFacts facts) {
        var profile = facts.profile();
        var website = profile.links().stream().filter(ContactDetails::website).findFirst();
        var others = profile.links().stream()
                .filter(link -> website.map(site -> site != link).orElse(true))
                .map(link -> new SocialProfile(link.label().strip(), link.url().strip()))
                .toList();
        var basics = content.basics();
        return new ResumeContent(
                new Basics(
                        facts.name(),
                        basics.label(),
                        facts.email(),
                        website.map(link -> link.url().strip()).orElse(null),
                        basics.summary(),
                        Normalised.blank(profile.location())
                                ? null
                                : new Location(profile.location().strip()),
                        List.copyOf(others)),
                content.work(),
                content.education(),
                content.skills(),
                content.projects(),
                content.certificates(),
                content.mockmateEvidence());
    }

    private static boolean website(ProfileLink link) {
        return WEBSITE_LABELS.contains(link.label().strip().toLowerCase(Locale.ROOT));
    }
}
