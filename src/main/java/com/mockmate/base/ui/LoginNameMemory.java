package com.mockmate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;

/**
 * Keeps the username typed into the login form (or chosen at sign-up) in the tab's sessionStorage, so that the login
 * page after a failed attempt (a full page load through Spring Security) shows it again. Only the username: the
 * password is never kept. Nothing reaches the server or the URL.
 */
public final class LoginNameMemory {

    private static final String KEY = "mockmate.login.username";

    private LoginNameMemory() {}

    /** Remembers whatever is submitted through this form. */
    public static void rememberSubmitted(LoginForm form) {
        form.getElement()
                .executeJs(
                        "this.addEventListener('login', e => sessionStorage.setItem($0, e.detail.username || ''));",
                        KEY);
    }

    public static void remember(UI ui, String username) {
        ui.getPage().executeJs("sessionStorage.setItem($0, $1);", KEY, username);
    }

    /** Fills the form's username field with the remembered name, once the form has rendered its fields. */
    public static void restoreInto(LoginForm form) {
        form.getElement().executeJs("""
                        const name = sessionStorage.getItem($0);
                        if (!name) { return; }
                        const fill = (tries) => {
                          const user = this.querySelector('vaadin-text-field[name="username"]');
                          const password = this.querySelector('vaadin-password-field[name="password"]');
                          if (!user) { if (tries > 0) { setTimeout(() => fill(tries - 1), 50); } return; }
                          user.value = name;
                          if (password) { password.focus(); }
                        };
                        fill(40);
                        """, KEY);
    }
}
