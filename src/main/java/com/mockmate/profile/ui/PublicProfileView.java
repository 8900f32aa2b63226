package com.mockmate.profile.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.profile.service.Profiles;
import com.mockmate.profile.service.PublicProfile;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A candidate's public profile at {@code /p/{handle}}: no login, only while they keep it public. A private profile
 * looks exactly like an unknown handle (the not-found page).
 */
@Route(value = "p/:handle", autoLayout = false)
@StyleSheet("context://styles/profile.css")
@AnonymousAllowed
public class PublicProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRef<Profiles> profiles;
    private String title = "Profile | MockMate";

    PublicProfileView(Profiles profileService) {
        this.profiles = ServiceRef.of(Profiles.class, profileService);
        addClassNames("mm-page", "mm-public-profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var handle = event.getRouteParameters().get("handle").orElse("");
        try {
            show(profiles.get().byHandle(handle));
        } catch (com.mockmate.base.error.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(PublicProfile profile) {
        title = (profile.headline() == null ? "@" + profile.handle() : profile.headline()) + " | MockMate";
        var card = new ProfileCard();
        card.show(
                new ProfileCard.Shown(
                        profile.handle(),
                        profile.headline(),
                        profile.about(),
                        profile.location(),
                        profile.experience(),
                        profile.education(),
                        profile.skills(),
                        profile.certifications(),
                        profile.links()),
                profile.photoUrl() == null ? null : new Image(profile.photoUrl(), "Profile photo"));
        add(card);
        if (profile.insights() != null) {
            add(new InsightsPanel(profile.insights()));
        }
        var footer = new Div(new Span("A profile on "), new Anchor("/", "MockMate"), new Span(", AI mock interviews."));
        footer.addClassName("mm-muted");
        add(footer);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
