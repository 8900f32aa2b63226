package com.mockmate.user.ui;

import com.mockmate.base.ui.CompactWidth;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.mockmate.user.service.UserAccount;
import com.mockmate.user.service.UserAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/** The administrator's first screen: every account, with role changes and locks. */
@Route("admin/users")
@PageTitle("Users | MockMate")
@Menu(order = 90, title = "Users", icon = "USERS")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final ServiceRef<UserAdministration> administration;
    private final ServiceRef<Clock> clock;
    final TextField search = new TextField();
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    UsersView(UserAdministration userAdministration, Clock systemClock) {
        this.administration = ServiceRef.of(UserAdministration.class, userAdministration);
        this.clock = ServiceRef.of(Clock.class, systemClock);
        setSizeFull();
        addClassName("mm-page");

        search.setPlaceholder("Search by name, username or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setMaxWidth("100%");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        configureGrid();
        add(new H2("Users"), search, grid);
        CompactWidth.track(this, this::useCompactLayout);
    }

    /**
     * Below tablet width one card per account replaces the columns, with the role and lock controls inside it: the
     * wide columns pushed them off a phone's screen.
     */
    void useCompactLayout(boolean compact) {
        grid.getColumns().forEach(column -> column.setVisible(compact == "card".equals(column.getKey())));
    }

    private Div accountCard(UserAccount account) {
        var username = new Span(account.username());
        username.addClassName("mm-card-title");
        var title = new Div(username, statusBadge(account));
        title.addClassName("mm-row-card-line");
        var name = new Span(account.fullName());
        var email = new Span(account.email());
        email.addClassName("mm-muted");
        var joined = new Span(
                "Joined " + DATE.format(account.createdAt().atZone(clock.get().getZone())));
        joined.addClassName("mm-muted");
        var controls = new Div(roleSelect(account), lockButton(account));
        controls.addClassName("mm-row-card-line");
        var card = new Div(title, name, email, joined, controls);
        card.addClassName("mm-row-card");
        return card;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        // Name and email share what is left and truncate; the controls on the right always stay in view.
        grid.addColumn(UserAccount::username)
                .setKey("username")
                .setHeader("Username")
                .setSortable(false)
                .setAutoWidth(true);
        grid.addColumn(UserAccount::fullName)
                .setKey("name")
                .setHeader("Name")
                .setWidth("8rem")
                .setFlexGrow(1)
                .setTooltipGenerator(UserAccount::fullName);
        grid.addColumn(UserAccount::email)
                .setKey("email")
                .setHeader("Email")
                .setWidth("12rem")
                .setFlexGrow(2)
                .setTooltipGenerator(UserAccount::email);
        grid.addComponentColumn(this::roleSelect)
                .setKey("role")
                .setHeader("Role")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge)
                .setKey("status")
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> DATE.format(u.createdAt().atZone(clock.get().getZone())))
                .setKey("joined")
                .setHeader("Joined")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::lockButton)
                .setKey("lock")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::accountCard)
                .setKey("card")
                .setHeader("Account")
                .setVisible(false);
        grid.setItems(query ->
                administration
                        .get()
                        .search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
    }

    private Select<Role> roleSelect(UserAccount account) {
        var select = new Select<Role>();
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.setWidth("9rem");
        select.setItems(Role.values());
        select.setItemLabelGenerator(role -> role == Role.USER ? "Candidate" : capitalize(role.name()));
        select.setValue(account.role());
        select.setEnabled(!account.id().equals(currentUserId()));
        select.setAriaLabel("Role of " + account.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                run(
                        () -> administration.get().changeRole(currentUserId(), account.id(), e.getValue()),
                        account.username() + " is now "
                                + select.getItemLabelGenerator().apply(e.getValue()));
            }
        });
        return select;
    }

    private Span statusBadge(UserAccount account) {
        boolean locked = account.lockedAt(clock.get().instant());
        var badge = new Span(locked ? "Locked" : account.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(locked || !account.enabled() ? "badge error" : "badge success");
        return badge;
    }

    private Button lockButton(UserAccount account) {
        boolean locked = account.lockedAt(clock.get().instant());
        var button = new Button(locked ? "Unlock" : "Lock");
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, locked ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_ERROR);
        button.setEnabled(!account.id().equals(currentUserId()));
        button.addClickListener(e -> {
            if (locked) {
                run(() -> administration.get().unlock(currentUserId(), account.id()), account.username() + " unlocked");
            } else {
                run(
                        () -> administration.get().lock(currentUserId(), account.id(), null),
                        account.username() + " locked");
            }
        });
        return button;
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ErrorResponseException e) {
            Notification.show(e.getBody().getDetail(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private static UUID currentUserId() {
        return AuthenticatedUser.required().id();
    }

    private static String capitalize(String value) {
        return value.charAt(0) + value.substring(1).toLowerCase(Locale.ROOT);
    }
}
