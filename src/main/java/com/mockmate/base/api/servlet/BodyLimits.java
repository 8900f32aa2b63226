package com.mockmate.base.api.servlet;

import com.mockmate.base.api.BodyLimit;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Which body limit a request gets: that of the {@link BodyLimit} on the endpoint it is mapped to, else JSON's. */
class BodyLimits {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final RequestLimitsProperties properties;
    private volatile @Nullable List<Map.Entry<RequestMappingInfo, BodyLimit.Kind>> annotated;

    BodyLimits(ObjectProvider<RequestMappingHandlerMapping> mappings, RequestLimitsProperties properties) {
        this.mappings = mappings;
        this.properties = properties;
    }

    long bytesFor(HttpServletRequest request) {
        var json = properties.jsonBody().toBytes();
        var candidates = annotated();
        if (candidates.isEmpty()) {
            return json;
        }
        // Matching needs the parsed path, which the dispatcher servlet parses again later: leave things as found.
        var parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsedBefore) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return candidates.stream()
                    .filter(entry -> matches(entry.getKey(), request))
                    .map(entry -> properties.limitFor(entry.getValue()).toBytes())
                    .max(Long::compare)
                    .orElse(json);
        } finally {
            if (!parsedBefore) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private static boolean matches(RequestMappingInfo info, HttpServletRequest request) {
        var paths = info.getPathPatternsCondition();
        return paths != null
                && paths.getMatchingCondition(request) != null
                && info.getMethodsCondition().getMatchingCondition(request) != null;
    }

    private List<Map.Entry<RequestMappingInfo, BodyLimit.Kind>> annotated() {
        var found = annotated;
        if (found == null) {
            found = mappings.getObject().getHandlerMethods().entrySet().stream()
                    .filter(entry -> entry.getValue().hasMethodAnnotation(BodyLimit.class))
                    .map(entry -> Map.entry(
                            entry.getKey(),
                            entry.getValue()
                                    .getMethodAnnotation(BodyLimit.class)
                                    .value()))
                    .toList();
            annotated = found;
        }
        return found;
    }
}
