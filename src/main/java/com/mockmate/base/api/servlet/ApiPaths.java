package com.mockmate.base.api.servlet;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** Whether a request is addressed to the REST API, whose every error must leave as problem+json. */
final class ApiPaths {

    private ApiPaths() {}

    /**
     * Judged from the path as sent and as the container normalised it: {@code //api/..}, {@code /api;x=1/..} or
     * {@code /x/../api/..} count too, since those are exactly the paths the firewall rejects.
     */
    static boolean isApi(HttpServletRequest request) {
        var normalised = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return isApiPath(withoutContextPath(request.getRequestURI(), request.getContextPath()))
                || isApiPath(normalised);
    }

    static boolean isApiPath(@Nullable String path) {
        if (path == null) {
            return false;
        }
        var start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        if (start == 0 || !path.startsWith("api", start)) {
            return false;
        }
        var end = start + "api".length();
        return end == path.length() || path.charAt(end) == '/' || path.charAt(end) == ';';
    }

    static @Nullable String withoutContextPath(@Nullable String uri, @Nullable String contextPath) {
        if (uri == null || contextPath == null || contextPath.isEmpty() || !uri.startsWith(contextPath)) {
            return uri;
        }
        return uri.substring(contextPath.length());
    }
}
