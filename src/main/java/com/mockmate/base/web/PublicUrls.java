package com.mockmate.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute addresses of the app's pages for links that people copy and send on, such as share links. With {@code
 * mockmate.web.public-url} set they start with it: behind a proxy the request's own address is the internal one, and
 * a forged Host header must not end up in a link a mentor receives. Without it (a developer's machine) they start with
 * the address the request came to.
 */
@Component
public class PublicUrls {

    private final @Nullable URI publicUrl;

    PublicUrls(Settings settings) {
        this.publicUrl = settings.publicUrl();
    }

    /** The absolute address of {@code path} (starting with "/"), for a link made while serving {@code request}. */
    public String of(@Nullable HttpServletRequest request, String path) {
        UriComponentsBuilder base;
        if (publicUrl != null) {
            base = UriComponentsBuilder.fromUri(publicUrl);
        } else if (request != null) {
            base = UriComponentsBuilder.newInstance()
                    .scheme(request.getScheme())
                    .host(request.getServerName())
                    .port(isDefaultPort(request) ? -1 : request.getServerPort())
                    .path(request.getContextPath());
        } else {
            return path;
        }
        return base.path(path).build().toUriString();
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        var port = request.getServerPort();
        return ("https".equals(request.getScheme()) && port == 443)
                || ("http".equals(request.getScheme()) && port == 80);
    }

    /** @param publicUrl where users reach the app, e.g. https://mockmate.example; empty on a developer's machine */
    @ConfigurationProperties("mockmate.web")
    record Settings(@Nullable URI publicUrl) {}
}
