package com.mockmate.report.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.report.service.ShareLinks;
import com.mockmate.report.service.ShareLinks.SharedLink;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The candidate's share links with their state; a live one can be revoked here. */
@StyleSheet("context://styles/report.css")
public class OwnShareLinks extends Div {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ServiceRef<ShareLinks> links;
    private final Clock clock;

    public OwnShareLinks(ShareLinks shareLinks, Clock clock) {
        this.links = ServiceRef.of(ShareLinks.class, shareLinks);
        this.clock = clock;
        addClassName("mm-share-links");
        refresh();
    }

    private void refresh() {
        removeAll();
        var mine = links.get().mine(AuthenticatedUser.required());
        if (mine.isEmpty()) {
            var none = new Paragraph("You have not shared a report. Open a report and choose \"Share with a mentor\".");
            none.addClassName("mm-muted");
            add(none);
            return;
        }
        mine.forEach(link -> add(row(link)));
    }

    private Div row(SharedLink link) {
        var report = new Anchor("report/" + link.sessionId(), "Report of " + DATE.format(link.createdAt()));
        var state = new Span(state(link));
        state.addClassName("mm-muted");
        var row = new Div(report, state);
        row.addClassName("mm-share-link");
        if (link.revokedAt() == null && link.expiresAt().isAfter(clock.instant())) {
            var revoke = new Button("Revoke", e -> {
                links.get().revoke(AuthenticatedUser.required(), link.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(revoke);
        }
        return row;
    }

    private String state(SharedLink link) {
        var opened = link.openCount() == 1 ? "opened once" : "opened " + link.openCount() + " times";
        if (link.revokedAt() != null) {
            return "revoked · " + opened;
        }
        if (!link.expiresAt().isAfter(clock.instant())) {
            return "expired " + DATE.format(link.expiresAt()) + " · " + opened;
        }
        return "valid until " + DATE.format(link.expiresAt()) + " · " + opened;
    }
}
