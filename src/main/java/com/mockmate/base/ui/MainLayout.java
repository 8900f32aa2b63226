package com.mockmate.base.ui;

import com.mockmate.base.web.DisplayNames;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame around every signed-in view. The navigation comes from {@code @Menu} annotations and Vaadin filters it by
 * the views' access annotations, so a role only sees what it may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final ServiceRef<AuthenticationContext> authentication;

    MainLayout(AuthenticationContext authenticationContext, DisplayNames displayNames) {
        this.authentication = ServiceRef.of(AuthenticationContext.class, authenticationContext);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), pageTitle(), userBox(displayNames));
        addToDrawer(brand(), navigation());
    }

    private static Div brand() {
        var logo = new Span("MockMate");
        logo.addClassName("mm-brand");
        var tagline = new Span("AI mock interviews");
        tagline.addClassName("mm-tagline");
        var brand = new Div(logo, tagline);
        brand.addClassName("mm-brand-box");
        return brand;
    }

    private static Span pageTitle() {
        var title = new Span();
        title.addClassName("mm-navbar-spacer");
        return title;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("mm-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(toItem(entry)));
        return nav;
    }

    private static SideNavItem toItem(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(
                        entry.title(),
                        entry.path(),
                        VaadinIcon.valueOf(entry.icon()).create());
    }

    /**
     * Who is signed in: the full name (the username is in the tooltip), and a role badge for staff only; most users are
     * candidates, and "Candidate" next to every candidate's name would say nothing.
     */
    private HorizontalLayout userBox(DisplayNames displayNames) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var box = new HorizontalLayout();
        box.addClassName("mm-user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof Principal principal)) {
            return box;
        }
        var name = new Span(displayNames.displayName(principal));
        name.addClassName("mm-user-name");
        name.setTitle("Signed in as " + auth.getName());
        box.add(name);
        staffRole(auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList())
                .ifPresent(label -> {
                    var role = new Span(label);
                    role.addClassName("mm-user-role");
                    role.getElement().getThemeList().add("badge contrast pill");
                    box.add(role);
                });
        var logout = new Button(
                "Log out",
                new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.get().logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(logout);
        return box;
    }

    private static Optional<String> staffRole(List<String> authorities) {
        if (authorities.contains("ROLE_ADMIN")) {
            return Optional.of("Admin");
        }
        return authorities.contains("ROLE_INSTRUCTOR") ? Optional.of("Instructor") : Optional.empty();
    }
}
