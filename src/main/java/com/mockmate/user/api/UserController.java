package com.mockmate.user.api;

import com.mockmate.base.api.PageResponse;
import com.mockmate.base.api.SortableBy;
import com.mockmate.user.api.UserDtos.LockRequest;
import com.mockmate.user.api.UserDtos.Me;
import com.mockmate.user.api.UserDtos.RoleChange;
import com.mockmate.user.api.UserDtos.UserSummary;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountChanges;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.UserAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Your own account; user administration for admins")
@Validated
class UserController {

    private final AccountService accounts;
    private final UserAdministration administration;

    UserController(AccountService accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/me")
    @Operation(summary = "Your own account")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"id": "3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f", "username": "jane.doe", "email": "jane@example.com",
             "fullName": "Jane Doe", "role": "USER", "createdAt": "2026-11-24T10:15:30Z"}""")))
    Me me(@AuthenticationPrincipal AuthenticatedUser user) {
        return Me.of(accounts.get(user.id()));
    }

    @PatchMapping("/me")
    @Operation(
            summary = "Change your name, email or password",
            description = "Omitted fields stay as they are. A new email address or password needs the current"
                    + " password; wrong ones are limited per account (429 with Retry-After). A new password ends"
                    + " every other API login (refresh tokens are revoked).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"fullName": "Jane Q. Doe", "currentPassword": "blue-Lantern-42-river", "newPassword": "green-Harbour-77-stone"}"""))))
    @ApiResponse(
            responseCode = "429",
            description = "Too many wrong current passwords; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    Me updateMe(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody AccountChanges changes) {
        return Me.of(accounts.update(user.id(), changes));
    }

    @GetMapping
    @Operation(summary = "Find users (admin)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"content": [{"id": "3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f", "username": "jane.doe", "email": "jane@example.com",
              "fullName": "Jane Doe", "role": "USER", "enabled": true, "lockedUntil": null, "createdAt": "2026-11-24T10:15:30Z"}],
             "page": 0, "size": 20, "totalElements": 1, "totalPages": 1}""")))
    PageResponse<UserSummary> list(
            @Parameter(description = "Matches username, email or name") @RequestParam(required = false) @Nullable
                    String q,
            @PageableDefault(size = 20, sort = "username")
                    @SortableBy({"username", "email", "fullName", "role", "createdAt"})
                    Pageable pageable) {
        return PageResponse.of(administration.search(q, pageable), UserSummary::of);
    }

    @PutMapping("/{id}/role")
    @Operation(
            summary = "Change a user's role (admin)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"role": "INSTRUCTOR"}"""))))
    UserSummary changeRole(
            @AuthenticationPrincipal AuthenticatedUser admin,
            @PathVariable UUID id,
            @Valid @RequestBody RoleChange change) {
        return UserSummary.of(administration.changeRole(admin.id(), id, change.role()));
    }

    @PostMapping("/{id}/lock")
    @Operation(
            summary = "Lock an account (admin)",
            description = "Ends the user's API logins at once. Without a body the lock lasts until unlocked.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = false,
                            content = @Content(examples = @ExampleObject(value = """
                    {"minutes": 60}"""))))
    UserSummary lock(
            @AuthenticationPrincipal AuthenticatedUser admin,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable LockRequest request) {
        var duration = request == null || request.minutes() == null ? null : Duration.ofMinutes(request.minutes());
        return UserSummary.of(administration.lock(admin.id(), id, duration));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock an account (admin)")
    UserSummary unlock(@AuthenticationPrincipal AuthenticatedUser admin, @PathVariable UUID id) {
        return UserSummary.of(administration.unlock(admin.id(), id));
    }
}
