package com.mockmate.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of everything outside the API, in place of Spring Boot's error controller: always {@link ErrorPage}
 * as HTML, whatever the client accepts (Boot's controller answers JSON to {@code Accept: *}{@code /*}, and its
 * whitelabel page is switched off). Errors under /api never get here: {@code ApiErrorDispatchFilter} answers them with
 * problem+json first. Only the status is used: the exception and its message stay in the log.
 */
@Controller
class HtmlErrorPages implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ErrorPage.html(status, request.getContextPath()));
    }
}
