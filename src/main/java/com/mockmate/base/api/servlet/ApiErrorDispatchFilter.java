package com.mockmate.base.api.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the container's error dispatch for an /api request (a sendError or an exception that escaped the filters)
 * with problem+json, before it reaches the error page: that page belongs to the UI filter chain, which redirects to the
 * login view, and otherwise renders HTML.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return !ApiPaths.isApiPath(ApiPaths.withoutContextPath(original, request.getContextPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ProblemJson.write(response, status, ProblemJson.detailFor(status));
    }
}
