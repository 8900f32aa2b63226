package com.mockmate.user.domain;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling: the principal of both the JWT-authenticated API and the Vaadin session. Holds no secrets. */
public record AuthenticatedUser(UUID id, String username, Role role) implements Principal, Serializable {

    /** The signed-in user of the current request, if the request is authenticated through either door. */
    public static Optional<AuthenticatedUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The signed-in user; for code that only runs behind an access check. */
    public static AuthenticatedUser required() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.INSTRUCTOR;
    }

    /** Admins change anything; instructors change what they own. */
    public boolean mayModify(UUID ownerId) {
        return isAdmin() || (role == Role.INSTRUCTOR && id.equals(ownerId));
    }

    @Override
    public String getName() {
        return username;
    }
}
