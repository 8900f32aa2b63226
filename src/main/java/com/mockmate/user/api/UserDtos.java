package com.mockmate.user.api;

import com.mockmate.user.domain.Role;
import com.mockmate.user.service.UserAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

final class UserDtos {

    private UserDtos() {}

    record Me(UUID id, String username, String email, String fullName, Role role, Instant createdAt) {
        static Me of(UserAccount account) {
            return new Me(
                    account.id(),
                    account.username(),
                    account.email(),
                    account.fullName(),
                    account.role(),
                    account.createdAt());
        }
    }

    record UserSummary(
            UUID id,
            String username,
            String email,
            String fullName,
            Role role,
            boolean enabled,
            @Nullable Instant lockedUntil,
            Instant createdAt) {
        static UserSummary of(UserAccount account) {
            return new UserSummary(
                    account.id(),
                    account.username(),
                    account.email(),
                    account.fullName(),
                    account.role(),
                    account.enabled(),
                    account.lockedUntil(),
                    account.createdAt());
        }
    }

    record RoleChange(
            @Schema(example = "INSTRUCTOR") @NotNull Role role) {}

    record LockRequest(
            @Schema(description = "How long to lock; omit to lock until unlocked", example = "60")
            @Nullable
            @Min(1)
            @Max(525_600)
            Integer minutes) {}
}
