package com.mockmate.user.service;

/** A change to an account that ends the sessions and connections signed in before it. */
public enum AccountChange {
    DELETED("Account deleted"),
    DISABLED("Account disabled"),
    LOCKED("Account locked"),
    PASSWORD_CHANGED("Password changed"),
    ROLE_CHANGED("Role changed");

    private final String description;

    AccountChange(String description) {
        this.description = description;
    }

    /** Short and safe to show to the account's owner, e.g. as a WebSocket close reason. */
    public String description() {
        return description;
    }
}
