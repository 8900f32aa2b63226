package com.mockmate.base.web;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Files served as they are, the same to everyone: our styles, scripts and images, browser libraries from WebJars,
 * Vaadin's bundle, client engine and theme files. They never need the HTTP session, so they are served without reading, creating or locking one.
 * Vaadin's push ({@code /VAADIN/push}) and its downloads ({@code /VAADIN/dynamic/**}) belong to a session and are not
 * in this list.
 */
public final class StaticResources {

    private static final String[] PATHS = {
        "/images/**",
        "/styles/**",
        "/scripts/**",
        "/webjars/**",
        "/favicon.ico",
        "/VAADIN/build/**",
        "/VAADIN/static/**"
    };

    public static final RequestMatcher MATCHER = matcher();

    private StaticResources() {}

    private static RequestMatcher matcher() {
        var paths = PathPatternRequestMatcher.withDefaults();
        var ours = new RequestMatcher[PATHS.length];
        for (int i = 0; i < PATHS.length; i++) {
            ours[i] = paths.matcher(PATHS[i]);
        }
        return RequestMatchers.anyOf(
                RequestMatchers.anyOf(ours), VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher());
    }
}
