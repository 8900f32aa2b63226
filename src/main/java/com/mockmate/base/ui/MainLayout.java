package com.mockmate.base.ui;

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
import java.util.List;
import java.util.Locale;
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

    MainLayout(AuthenticationContext authenticationContext) {
        this.authentication = ServiceRef.of(AuthenticationContext.class, authenticationContext);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), pageTitle(), userBox());
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

    private HorizontalLayout userBox() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var box = new HorizontalLayout();
        box.addClassName("mm-user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        if (auth == null || !auth.isAuthenticated()) {
            return box;
        }
        var name = new Span(auth.getName());
        name.addClassName("mm-user-name");
        var role = new Span(roleLabel(auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList()));
        role.getElement().getThemeList().add("badge contrast pill");
        var logout = new Button(
                "Log out",
                new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.get().logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(name, role, logout);
        return box;
    }

    private static String roleLabel(List<String> authorities) {
        return authorities.stream()
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5).toLowerCase(Locale.ROOT))
                .map(r -> r.equals("user") ? "candidate" : r)
                .findFirst()
                .orElse("");
    }
}
