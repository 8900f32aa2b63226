package com.mockmate.base.ui;

import com.mockmate.base.web.ErrorPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the Vaadin error views show: the same wording as the HTML {@link ErrorPage}, as a MockMate card. */
final class ErrorViews {

    private ErrorViews() {}

    static void fill(VerticalLayout view, int status) {
        var text = ErrorPage.textFor(status);
        view.addClassNames("mm-auth-page", "mm-error-page");
        view.setSizeFull();
        view.setAlignItems(VerticalLayout.Alignment.CENTER);
        view.setJustifyContentMode(VerticalLayout.JustifyContentMode.CENTER);

        var brand = new Paragraph("MockMate");
        brand.addClassName("mm-error-brand");
        var code = new Paragraph("Error " + status);
        code.addClassName("mm-error-status");
        var home = new Anchor("", "Go to MockMate");
        home.addClassName("mm-error-primary");
        var links = new Div(home, new Anchor("login", "Log in"));
        links.addClassName("mm-error-links");
        var card = new Div(brand, code, new H1(text.title()), new Paragraph(text.explanation()), links);
        card.addClassNames("mm-card", "mm-error-card");
        view.removeAll();
        view.add(card);
    }
}
