package com.mockmate.base.api.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers what Spring Security's firewall rejects ({@code //}, {@code ;}, {@code ..}, encoded {@code %}, unknown
 * methods) with a 400 problem under /api. The default handler calls sendError, and the error page it dispatches to
 * belongs to the UI chain, which answered with a redirect to the login view.
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);

    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        if (!ApiPaths.isApi(request) || response.isCommitted()) {
            elsewhere.handle(request, response, rejected);
            return;
        }
        // The message may quote the hostile part of the request: log it, never echo it.
        log.debug("Rejected API request: {}", rejected.getMessage());
        ProblemJson.write(
                response,
                HttpStatus.BAD_REQUEST.value(),
                "The request was rejected: its path, method or headers are not allowed"
                        + " (for example '//', ';', '..' or an encoded '%' in the path).");
    }
}
