package com.mockmate.base.api;

import com.mockmate.base.error.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Takes the requests under /api that no endpoint matches, so that they leave as problem+json. Without it an unknown path
 * falls through to the Vaadin servlet (an HTML page with status 200) and a wrong method ends on the UI chain's error page
 * (a redirect to the login view). Every more specific mapping wins over this one.
 */
@Hidden
@RestController
class UnmatchedApiRequestController {

    private static final String ALL_API_PATHS = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmatchedApiRequestController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(ALL_API_PATHS)
    void unmatched(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        var allowed = methodsMappedFor(request);
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NotFoundException("There is no API endpoint at this path.");
    }

    private Set<String> methodsMappedFor(HttpServletRequest request) {
        return mappings.getObject().getHandlerMethods().keySet().stream()
                .filter(info -> !info.getPatternValues().contains(ALL_API_PATHS))
                .filter(info -> matchesPath(info, request))
                .flatMap(info -> info.getMethodsCondition().getMethods().stream())
                .map(RequestMethod::name)
                .collect(Collectors.toSet());
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        var paths = info.getPathPatternsCondition();
        return paths != null && paths.getMatchingCondition(request) != null;
    }
}
