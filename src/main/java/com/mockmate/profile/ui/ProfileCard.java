package com.mockmate.profile.ui;

import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileLink;
import com.mockmate.profile.domain.Skill;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the candidate wrote, laid out as visitors see it: the editor's live preview and the public page. Never shows
 * the account's name, email or phone.
 */
class ProfileCard extends Div {

    /** Everything the card shows. */
    record Shown(
            String handle,
            @Nullable String headline,
            @Nullable String about,
            @Nullable String location,
            List<Experience> experience,
            List<Education> education,
            List<Skill> skills,
            List<Certification> certifications,
            List<ProfileLink> links)
            implements java.io.Serializable {}

    ProfileCard() {
        addClassNames("mm-card", "mm-profile-card");
    }

    /** @param photo the photo to show, or null for the handle's initial */
    void show(Shown profile, @Nullable Image photo) {
        removeAll();
        add(header(profile, photo));
        if (has(profile.about())) {
            var about = new Paragraph(profile.about());
            about.addClassName("mm-profile-about");
            add(about);
        }
        if (!profile.experience().isEmpty()) {
            add(section(
                    "Experience",
                    profile.experience().stream().map(ProfileCard::position).toList()));
        }
        if (!profile.education().isEmpty()) {
            add(section(
                    "Education",
                    profile.education().stream().map(ProfileCard::study).toList()));
        }
        if (!profile.skills().isEmpty()) {
            var chips = new Div();
            chips.addClassName("mm-profile-skills");
            profile.skills().forEach(skill -> chips.add(skillChip(skill)));
            add(section("Skills", List.of(chips)));
        }
        if (!profile.certifications().isEmpty()) {
            add(section(
                    "Certifications",
                    profile.certifications().stream()
                            .map(ProfileCard::certificate)
                            .toList()));
        }
        if (!profile.links().isEmpty()) {
            var links = new UnorderedList();
            links.addClassName("mm-profile-links");
            profile.links().forEach(link -> links.add(new ListItem(link(link))));
            add(section("Links", List.of(links)));
        }
    }

    private static Component header(Shown profile, @Nullable Image photo) {
        var head = new Div();
        head.addClassName("mm-profile-head");
        if (photo != null) {
            photo.addClassName("mm-profile-photo");
            head.add(photo);
        } else {
            var initial = new Span(profile.handle().substring(0, 1).toUpperCase());
            initial.addClassNames("mm-profile-photo", "mm-profile-initial");
            head.add(initial);
        }
        var text = new Div(new H3(has(profile.headline()) ? profile.headline() : "@" + profile.handle()));
        text.addClassName("mm-profile-title");
        var meta = new Span("@" + profile.handle() + (has(profile.location()) ? " · " + profile.location() : ""));
        meta.addClassName("mm-muted");
        text.add(meta);
        head.add(text);
        return head;
    }

    private static Component section(String title, List<Component> items) {
        var section = new Div(new H4(title));
        section.addClassName("mm-profile-section");
        items.forEach(section::add);
        return section;
    }

    private static Component position(Experience position) {
        var item = entry(
                position.title() + " · " + position.company(), period(position.start(), position.end(), "present"));
        if (!position.bullets().isEmpty()) {
            var bullets = new UnorderedList();
            position.bullets().forEach(bullet -> bullets.add(new ListItem(bullet)));
            item.add(bullets);
        }
        return item;
    }

    private static Component study(Education study) {
        return entry(study.degree() + " · " + study.institution(), period(study.start(), study.end(), "now"));
    }

    private static Component certificate(Certification certification) {
        var details = (has(certification.issuer()) ? certification.issuer() : "")
                + (has(certification.date()) ? (has(certification.issuer()) ? " · " : "") + certification.date() : "");
        return entry(certification.name(), details);
    }

    private static Div entry(String title, String details) {
        var name = new Span(title);
        name.addClassName("mm-card-title");
        var item = new Div(name);
        item.addClassName("mm-profile-entry");
        if (!details.isBlank()) {
            var when = new Span(details);
            when.addClassName("mm-muted");
            item.add(when);
        }
        return item;
    }

    private static Component skillChip(Skill skill) {
        var chip = new Span(
                skill.name() + " · " + skill.level() + (skill.years() == null ? "" : " · " + skill.years() + "y"));
        chip.getElement().getThemeList().add("badge pill");
        return chip;
    }

    private static Component link(ProfileLink link) {
        var anchor = new Anchor(link.url(), link.label(), AnchorTarget.BLANK);
        // Links are the candidate's input: the visitor's browser must not hand them this page.
        anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow ugc");
        return anchor;
    }

    private static String period(@Nullable String start, @Nullable String end, String open) {
        return (start == null ? "" : start) + " – " + (has(end) ? end : open);
    }

    private static boolean has(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
