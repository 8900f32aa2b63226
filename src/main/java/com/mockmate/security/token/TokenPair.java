package com.mockmate.security.token;

import com.mockmate.security.jwt.AccessToken;

/** What a successful login or refresh hands to an API client. The refresh token is shown once and never stored. */
public record TokenPair(AccessToken accessToken, String refreshToken) {}
