package com.mockmate.user.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.user.service.Registration;
import com.mockmate.user.service.RegistrationService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.web.ErrorResponseException;

@Route(value = "register", autoLayout = false)
@PageTitle("Create account | MockMate")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout {

    private final ServiceRef<RegistrationService> registrations;
    final RegistrationForm form = new RegistrationForm();

    RegistrationView(RegistrationService registrationService) {
        this.registrations = ServiceRef.of(RegistrationService.class, registrationService);
        addClassName("mm-auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Create your MockMate account");
        title.addClassName("mm-auth-title");
        var card = new Div(form);
        card.addClassName("mm-card");
        card.addClassName("mm-auth-card");
        var login = new Div(new Paragraph("Already have an account?"), new Anchor("login", "Log in"));
        login.addClassName("mm-auth-switch");

        form.addSubmitListener(event -> register(event.registration()));
        add(title, card, login);
    }

    private void register(Registration registration) {
        try {
            registrations.get().register(registration);
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "1")));
        } catch (ErrorResponseException e) {
            form.showServerError(e.getBody().getDetail());
        }
    }
}
