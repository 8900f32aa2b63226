package com.mockmate.user.service;

import com.mockmate.user.domain.User;
import com.mockmate.user.domain.Usernames;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a new candidate submits to open an account, from the API or the registration view. The username is normalised
 * on construction (see {@link Usernames}), so its checks apply to the spelling that is stored and looked up: a
 * compatibility spelling of a taken name is a conflict, not a second account.
 */
public record Registration(
        @NotBlank
        @Size(min = User.USERNAME_MIN, max = User.USERNAME_MAX)
        @Pattern(regexp = User.USERNAME_PATTERN, message = "may contain only letters, digits, '.', '_' and '-'")
        String username,

        @NotBlank @Size(min = User.PASSWORD_MIN, max = User.PASSWORD_MAX, message = User.PASSWORD_SIZE_MESSAGE)
        String password,

        @NotBlank @Email @Size(max = User.EMAIL_MAX) String email,

        @NotBlank
        @Size(max = User.FULL_NAME_MAX)
        @Pattern(regexp = User.FULL_NAME_PATTERN, message = "must not contain control characters")
        String fullName) {

    public Registration {
        username = Usernames.normalise(username);
    }
}
