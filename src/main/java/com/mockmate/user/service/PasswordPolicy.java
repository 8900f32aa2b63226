package com.mockmate.user.service;

import com.mockmate.user.domain.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Length and common-password rules shared by registration, password change and the seeded accounts. The upper limit is
 * bcrypt's 72 bytes, measured in UTF-8, rather than a pre-hash: every stored hash stays a plain bcrypt hash, and 72
 * bytes still allow a long passphrase.
 */
@Component
public class PasswordPolicy {

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    /** A readable reason why the password is rejected, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < User.PASSWORD_MIN) {
            return Optional.of("Password must be at least " + User.PASSWORD_MIN + " characters long.");
        }
        if (!fitsBcrypt(password)) {
            return Optional.of("Password must be at most " + User.PASSWORD_MAX_BYTES + " bytes long: that is "
                    + User.PASSWORD_MAX_BYTES + " plain letters, digits and symbols, fewer with accented letters or"
                    + " emoji, which take 2 to 4 bytes each.");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("This password is too common. Choose one that is harder to guess.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("Password needs more variety in its characters.");
        }
        if (username != null
                && username.length() >= User.USERNAME_MIN
                && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the username.");
        }
        return Optional.empty();
    }

    /**
     * Whether bcrypt reads all of the password. Longer ones cannot be stored, and must not be checked either: bcrypt
     * would compare only their first 72 bytes, so a stored 72-byte password followed by anything would match.
     */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= User.PASSWORD_MAX_BYTES;
    }

    private static Set<String> loadCommonPasswords() {
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list", e);
        }
    }
}
