package com.mockmate.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The response headers both filter chains send, on top of Spring Security's defaults (nosniff, no-store, frame
 * denial). The Content-Security-Policy is as tight as Vaadin Flow allows: Flow starts its client engine with an inline
 * script and runs the expressions the server sends by constructing functions, so scripts need {@code 'unsafe-inline'}
 * and {@code 'unsafe-eval'}, and components set inline styles. Everything else comes from our own origin: the bundle,
 * our ES modules and WebJars, push over a same-origin WebSocket ({@code 'self'} covers ws/wss of the page's origin),
 * recordings played back from {@code blob:} URLs, and {@code data:} images.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }
}
