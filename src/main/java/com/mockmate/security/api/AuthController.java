package com.mockmate.security.api;

import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.security.api.AuthDtos.LoginRequest;
import com.mockmate.security.api.AuthDtos.RefreshRequest;
import com.mockmate.security.api.AuthDtos.RegisteredUser;
import com.mockmate.security.api.AuthDtos.TokenResponse;
import com.mockmate.security.login.LoginThrottledException;
import com.mockmate.security.token.RefreshTokenService;
import com.mockmate.security.token.TokenPair;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.Registration;
import com.mockmate.user.service.RegistrationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, login and token rotation")
@SecurityRequirements
class AuthController {

    private static final String PROBLEM = "application/problem+json";

    private final RegistrationService registrations;
    private final AuthenticationManager authenticationManager;
    private final RefreshTokenService refreshTokens;

    AuthController(
            RegistrationService registrations,
            AuthenticationManager authenticationManager,
            RefreshTokenService refreshTokens) {
        this.registrations = registrations;
        this.authenticationManager = authenticationManager;
        this.refreshTokens = refreshTokens;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a candidate account",
            description = "Always creates a USER; only an administrator can grant other roles.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"username": "jane.doe", "password": "blue-Lantern-42-river", "email": "jane@example.com", "fullName": "Jane Doe"}"""))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"id": "3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f", "username": "jane.doe", "role": "USER"}""")))
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields or a weak password",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "This password is too common. Choose one that is harder to guess."}""")))
    @ApiResponse(responseCode = "409", description = "Username or email taken", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "429",
            description = "Too many sign-ups from this address; see Retry-After",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<RegisteredUser> register(@Valid @RequestBody Registration registration, HttpServletRequest http) {
        var account = registrations.register(registration, http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/users/me"))
                .body(new RegisteredUser(account.id(), account.username(), account.role()));
    }

    @PostMapping("/login")
    @Operation(
            summary = "Log in and receive an access and a refresh token",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"username": "jane.doe", "password": "blue-Lantern-42-river"}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi...", "refreshToken": "Jm8w0n3R...", "tokenType": "Bearer", "expiresIn": 900}""")))
    @ApiResponse(
            responseCode = "401",
            description = "Wrong username or password, or a locked account",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Invalid username or password."}""")))
    @ApiResponse(
            responseCode = "429",
            description = "Too many failed attempts; see Retry-After",
            content = @Content(mediaType = PROBLEM))
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(http));
        try {
            var result = authenticationManager.authenticate(attempt);
            var user = (AuthenticatedUser) result.getPrincipal();
            return toResponse(refreshTokens.issue(user, http.getHeader(HttpHeaders.USER_AGENT), http.getRemoteAddr()));
        } catch (LoginThrottledException e) {
            throw new TooManyRequestsException(e.getMessage(), e.retryAfter());
        }
    }

    @PostMapping("/refresh")
    @Operation(
            summary = "Exchange a refresh token for a new token pair",
            description =
                    "Every refresh token works once. Presenting a used one revokes every token from the same login.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"refreshToken": "Jm8w0n3R..."}"""))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi...", "refreshToken": "pX0b7Qe1...", "tokenType": "Bearer", "expiresIn": 900}""")))
    @ApiResponse(
            responseCode = "401",
            description = "Unknown, expired, revoked or reused token",
            content = @Content(mediaType = PROBLEM))
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return toResponse(refreshTokens.rotate(
                request.refreshToken(), http.getHeader(HttpHeaders.USER_AGENT), http.getRemoteAddr()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Revoke a refresh token",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                    {"refreshToken": "pX0b7Qe1..."}"""))))
    @ApiResponse(responseCode = "204", description = "Revoked (also when it was unknown or already revoked)")
    void logout(@Valid @RequestBody RefreshRequest request) {
        refreshTokens.revoke(request.refreshToken());
    }

    private static TokenResponse toResponse(TokenPair pair) {
        return new TokenResponse(
                pair.accessToken().value(),
                pair.refreshToken(),
                "Bearer",
                pair.accessToken().expiresInSeconds());
    }
}
