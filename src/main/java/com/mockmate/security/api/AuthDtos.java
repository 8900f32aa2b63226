package com.mockmate.security.api;

import com.mockmate.user.domain.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request and response bodies of the /api/v1/auth endpoints. */
final class AuthDtos {

    private AuthDtos() {}

    record LoginRequest(
            @Schema(example = "candidate") @NotBlank @Size(max = 254)
            String username,

            @Schema(example = "correct-horse-battery") @NotBlank @Size(max = 128)
            String password) {}

    record RefreshRequest(
            @Schema(example = "q2Lw9...opaque") @NotBlank @Size(max = 200)
            String refreshToken) {}

    record TokenResponse(
            @Schema(example = "eyJhbGciOiJIUzI1NiJ9...") String accessToken,
            @Schema(example = "9u3vT0x...opaque") String refreshToken,
            @Schema(example = "Bearer") String tokenType,

            @Schema(description = "Seconds until the access token expires", example = "900")
            long expiresIn) {}

    record RegisteredUser(
            UUID id, @Schema(example = "jane.doe") String username, Role role) {}
}
