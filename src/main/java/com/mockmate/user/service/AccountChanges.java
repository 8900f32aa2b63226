package com.mockmate.user.service;

import com.mockmate.user.domain.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partial update of one's own account; a new email address or password needs the current password. */
public record AccountChanges(
        @Nullable
        @Size(min = 1, max = User.FULL_NAME_MAX)
        @Pattern(regexp = User.FULL_NAME_PATTERN, message = "must not contain control characters")
        String fullName,

        @Nullable @Email @Size(max = User.EMAIL_MAX) String email,
        @Nullable String currentPassword,

        @Nullable @Size(min = User.PASSWORD_MIN, max = User.PASSWORD_MAX, message = User.PASSWORD_SIZE_MESSAGE)
        String newPassword) {}
