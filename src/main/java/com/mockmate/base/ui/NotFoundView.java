package com.mockmate.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin's "route not found", in MockMate's look. Vaadin's own page lists the application's routes in development mode
 * and shows the raw path; this one says only that there is nothing here.
 */
@PageTitle("Page not found | MockMate")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorViews.fill(this, HttpServletResponse.SC_NOT_FOUND);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
