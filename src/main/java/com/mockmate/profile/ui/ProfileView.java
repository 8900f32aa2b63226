package com.mockmate.profile.ui;

import com.mockmate.base.error.ConflictException;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.ProfileRules;
import com.mockmate.profile.service.InvalidProfileException;
import com.mockmate.profile.service.ProfileDetails;
import com.mockmate.profile.service.ProfileInsights;
import com.mockmate.profile.service.ProfilePhotos;
import com.mockmate.profile.service.Profiles;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The candidate's own profile: sections edited with Binder validation, a live preview card as visitors would see it,
 * a completeness meter with hints, the public-link switch, and the verified insights set apart.
 */
@Route("profile")
@PageTitle("My profile | MockMate")
@Menu(order = 17, title = "My profile", icon = "USER_CARD")
@PermitAll
@StyleSheet("context://styles/profile.css")
public class ProfileView extends Div {

    private final ServiceRef<Profiles> profiles;
    private final AuthenticatedUser actor = AuthenticatedUser.required();
    private final ProfileCard preview = new ProfileCard();
    private final ProgressBar meter = new ProgressBar(0, 100);
    private final Span meterLabel = new Span();
    private final UnorderedList hints = new UnorderedList();
    private final Checkbox publicSwitch = new Checkbox("Public profile");
    private final Checkbox insightsSwitch = new Checkbox("Show verified insights on the public page");
    private final Anchor publicLink = new Anchor();
    private final EntryForm basics;
    private final EntrySection experience;
    private final EntrySection education;
    private final EntrySection skills;
    private final EntrySection certifications;
    private final EntrySection links;
    private final PhotoEditor photo;

    ProfileView(Profiles profileService, ProfileInsights insightService, ProfilePhotos photoService) {
        this.profiles = ServiceRef.of(Profiles.class, profileService);
        addClassNames("mm-page", "mm-profile");
        var details = profileService.mine(actor);
        var content = details.content();
        basics = new EntryForm(ProfileSections.BASICS, basicValues(content), this::refresh, null);
        experience = section(
                "Experience",
                "Positions, newest first.",
                "Add a position",
                ProfileSections.EXPERIENCE,
                ProfileRules.MAX_EXPERIENCE);
        education = section(
                "Education",
                "Degrees and courses.",
                "Add education",
                ProfileSections.EDUCATION,
                ProfileRules.MAX_EDUCATION);
        skills = section(
                "Skills",
                "How you rate yourself; MockMate's verified levels are shown apart.",
                "Add a skill",
                ProfileSections.SKILLS,
                ProfileRules.MAX_SKILLS);
        certifications = section(
                "Certifications",
                "Certificates with their month.",
                "Add a certificate",
                ProfileSections.CERTIFICATIONS,
                ProfileRules.MAX_CERTIFICATIONS);
        links = section(
                "Links",
                "GitHub, LinkedIn, a website: http(s) only.",
                "Add a link",
                ProfileSections.LINKS,
                ProfileRules.MAX_LINKS);
        photo = new PhotoEditor(
                ServiceRef.of(ProfilePhotos.class, photoService), actor, details.hasPhoto(), this::refresh);
        experience.setEntries(ProfileSections.experienceValues(content.experience()));
        education.setEntries(ProfileSections.educationValues(content.education()));
        skills.setEntries(ProfileSections.skillValues(content.skills()));
        certifications.setEntries(ProfileSections.certificationValues(content.certifications()));
        links.setEntries(ProfileSections.linkValues(content.links()));
        publicSwitch.setValue(content.publicProfile());
        insightsSwitch.setValue(content.insightsPublic());
        publicSwitch.addValueChangeListener(event -> refresh());
        insightsSwitch.addValueChangeListener(event -> refresh());

        var save = new Button("Save profile", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var basicsCard = new Div(new H3("About you"), photo, basics);
        basicsCard.addClassNames("mm-card", "mm-profile-editor-section");
        var editor = new Div(visibility(), basicsCard, experience, education, skills, certifications, links, save);
        editor.addClassName("mm-profile-editor");
        var side = new Div(completeness(), new H3("Preview"), preview);
        side.addClassName("mm-profile-side");
        var columns = new Div(editor, side);
        columns.addClassName("mm-profile-columns");
        var verified = new Div(new H2("Verified by MockMate"), new InsightsPanel(insightService.mine(actor)));
        verified.addClassName("mm-profile-verified");
        add(new H2("My profile"), columns, verified);
        refresh();
    }

    private EntrySection section(String title, String hint, String addLabel, java.util.List<FieldSpec> specs, int max) {
        return new EntrySection(title, hint, addLabel, specs, max, this::refresh);
    }

    private Div visibility() {
        publicLink.setTarget(AnchorTarget.BLANK);
        publicLink.addClassName("mm-profile-public-link");
        var explanation = new Span("Private by default. When public, anyone with the link sees your profile (never your"
                + " name, email or phone).");
        explanation.addClassName("mm-muted");
        var card = new Div(new H3("Visibility"), publicSwitch, publicLink, insightsSwitch, explanation);
        card.addClassNames("mm-card", "mm-profile-editor-section", "mm-profile-visibility");
        return card;
    }

    private Div completeness() {
        meterLabel.addClassName("mm-profile-meter-label");
        hints.addClassName("mm-profile-hints");
        var box = new Div(new H3("Completeness"), meter, meterLabel, hints);
        box.addClassNames("mm-card", "mm-profile-completeness");
        return box;
    }

    /** The profile as currently typed, valid or not. */
    private ProfileContent typed() {
        var basic = basics.values();
        return new ProfileContent(
                basic.get("handle"),
                publicSwitch.getValue(),
                insightsSwitch.getValue(),
                ProfileSections.blank(basic.get("headline")),
                ProfileSections.blank(basic.get("about")),
                ProfileSections.blank(basic.get("location")),
                ProfileSections.experience(experience.entries()),
                ProfileSections.education(education.entries()),
                ProfileSections.skills(skills.entries()),
                ProfileSections.certifications(certifications.entries()),
                ProfileSections.links(links.entries()));
    }

    private void refresh() {
        var content = typed();
        var url = "/p/" + content.handle();
        publicLink.setHref(url);
        publicLink.setText(publicSwitch.getValue() ? "Your public page: " + url : "Public page (off): " + url);
        publicLink.setEnabled(publicSwitch.getValue());
        insightsSwitch.setEnabled(publicSwitch.getValue());
        preview.show(
                new ProfileCard.Shown(
                        content.handle().isBlank() ? "?" : content.handle(),
                        content.headline(),
                        content.about(),
                        content.location(),
                        content.experience(),
                        content.education(),
                        content.skills(),
                        content.certifications(),
                        content.links()),
                photo.image());
        var completeness = Completeness.of(content, photo.hasPhoto());
        meter.setValue(completeness.percent());
        meterLabel.setText(completeness.percent() + "% complete");
        hints.removeAll();
        completeness.hints().forEach(hint -> hints.add(new ListItem(hint)));
    }

    private void save() {
        boolean valid = basics.validate();
        for (var section : new EntrySection[] {experience, education, skills, certifications, links}) {
            valid &= section.validate();
        }
        if (!valid) {
            notify("Check the highlighted fields.", NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            ProfileDetails saved = profiles.get().update(actor, typed());
            notify(
                    saved.content().publicProfile()
                            ? "Saved. Your profile is public."
                            : "Saved. Your profile is private.",
                    NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException e) {
            basics.markInvalid("handle", "This handle is taken. Choose another one.");
            notify(e.getBody().getDetail(), NotificationVariant.LUMO_ERROR);
        } catch (InvalidProfileException e) {
            var first = e.violations().getFirst();
            notify(first.field() + " " + first.message(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static Map<String, String> basicValues(ProfileContent content) {
        return Map.of(
                "handle", content.handle(),
                "headline", content.headline() == null ? "" : content.headline(),
                "location", content.location() == null ? "" : content.location(),
                "about", content.about() == null ? "" : content.about());
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
